// The DMN decision table of a rule-set version, drawn by dmn-js (its Viewer: read only). This
// module is loaded lazily (React.lazy in RuleSetPage), so dmn-js is fetched only on that page.
import { useEffect, useRef, useState } from 'react';
import Viewer from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';

/** The decision table of `xml` (hit policy COLLECT/SUM: one row per indicator). */
export default function DecisionTable({ xml }: { xml: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'busy' | 'drawn' | 'failed'>('busy');

  useEffect(() => {
    if (!container.current) return undefined;
    const viewer = new Viewer({ container: container.current });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(async () => {
        const table = viewer.getViews().find((v) => v.type === 'decisionTable');
        if (table && viewer.getActiveView()?.type !== 'decisionTable') await viewer.open(table);
        // dmn-js leaves the header of its row-number column empty: name it for screen readers
        container.current?.querySelectorAll('th.index-column').forEach((th) => {
          if (!th.textContent?.trim()) {
            const name = document.createElement('span');
            name.className = 'toeslagen-visually-hidden';
            name.textContent = 'Regel';
            th.appendChild(name);
          }
        });
        if (!cancelled) setState(table ? 'drawn' : 'failed');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml]);

  return (
    <figure className="toeslagen-dmn" id="beslistabel" data-state={state}>
      <div className="toeslagen-table-scroll" role="region" aria-label="De beslistabel, schuift horizontaal op een smal scherm" tabIndex={0}>
        <div ref={container} className="toeslagen-dmn__canvas" />
      </div>
      <figcaption>
        {state === 'failed' ? (
          <Paragraph>De beslistabel kon niet worden getekend. U kunt het DMN-bestand wel downloaden.</Paragraph>
        ) : (
          <Paragraph>
            Eén regel per indicator. De punten van alle regels die van toepassing zijn, worden opgeteld (hit policy
            COLLECT, SUM).
          </Paragraph>
        )}
      </figcaption>
    </figure>
  );
}
