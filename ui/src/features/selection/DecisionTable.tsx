// The DMN decision table of a rule-set version, drawn by dmn-js (its Viewer: read only). This
// module is loaded lazily (React.lazy in RuleSetPage), so dmn-js is fetched only on that page.
import { useEffect, useRef, useState } from 'react';
import Viewer from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';

/** dmn-js's own words in plain Dutch (its `translate` service, as diagram-js does it). */
const DUTCH: Record<string, string> = {
  When: 'Als',
  And: 'En',
  Then: 'Dan',
  Annotations: 'Indicator',
  'Hit policy:': 'Hit policy:',
  'Input label: ': 'Kenmerk: ',
  'Input expression: ': 'Invoer: ',
  'Input type': 'Type van de invoer',
  'Input values': 'Waarden van de invoer',
  'Output label': 'Uitkomst',
  'Output name': 'Naam van de uitkomst',
  'Output type': 'Type van de uitkomst',
  'Output values': 'Waarden van de uitkomst',
  'Decision name': 'Naam van de beslissing',
  'Decision name: ': 'Naam van de beslissing: ',
};

function translate(template: string, replacements?: Record<string, string>): string {
  const text = DUTCH[template] ?? template;
  return text.replace(/{([^}]+)}/g, (_, key: string) => replacements?.[key] ?? `{${key}}`);
}

const dutchModule = { translate: ['value', translate] };

/** The decision table of `xml` (hit policy COLLECT/SUM: one row per indicator). */
export default function DecisionTable({ xml }: { xml: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'busy' | 'drawn' | 'failed'>('busy');

  useEffect(() => {
    if (!container.current) return undefined;
    // per view: dmn-js does not merge `common.additionalModules` into a view's own
    const viewer = new Viewer({
      container: container.current,
      decisionTable: { additionalModules: [dutchModule] },
      drd: { additionalModules: [dutchModule] },
    });
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
