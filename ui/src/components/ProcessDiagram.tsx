import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';

/** The smallest scale the diagram is shown at: below it the labels (13 px) would shrink under 11 px. */
const MIN_SCALE = 0.85;

interface ElementRegistry {
  get(id: string): { id: string; businessObject?: { name?: string } } | undefined;
}
interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(scale?: number | 'fit-viewport'): number;
  scrollToElement(id: string | string[], padding?: number): void;
}

/**
 * A BPMN model drawn by bpmn-js (NavigatedViewer: zoom with the mouse wheel, pan by dragging),
 * with the steps a case is waiting in highlighted and named in text below it.
 */
export function ProcessDiagram({ xml, activeIds }: { xml: string; activeIds: string[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [activeNames, setActiveNames] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  // a stable key: a new array with the same ids must not draw the model again
  const activeKey = activeIds.join(' ');

  useEffect(() => {
    if (!container.current) return undefined;
    const ids = activeKey === '' ? [] : activeKey.split(' ');
    const viewer = new NavigatedViewer({
      container: container.current,
      textRenderer: { defaultStyle: { fontSize: 13 }, externalStyle: { fontSize: 13 } },
    });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const present = ids.filter((id) => registry.get(id) !== undefined);
        for (const id of present) canvas.addMarker(id, 'toeslagen-actief');
        setActiveNames(present.map((id) => registry.get(id)?.businessObject?.name ?? id));
        // the whole model when it fits readably, else full size around the current step
        const scale = canvas.zoom('fit-viewport');
        if (scale < MIN_SCALE) {
          canvas.zoom(1);
          if (present.length > 0) canvas.scrollToElement(present, 40);
        } else if (scale > 1.2) {
          canvas.zoom(1.2);
        }
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, activeKey]);

  return (
    <figure className="toeslagen-diagram">
      <div
        ref={container}
        className="toeslagen-diagram__canvas"
        role="group"
        aria-label={
          activeNames.length > 0
            ? 'Procesmodel; huidige stap: ' + activeNames.join(', ')
            : 'Procesmodel'
        }
      />
      <figcaption>
        {failed ? (
          <Paragraph>Het procesmodel kon niet worden getekend.</Paragraph>
        ) : activeNames.length > 0 ? (
          <Paragraph id="huidige-stap">
            Huidige stap: <strong>{activeNames.join(', ')}</strong>
          </Paragraph>
        ) : (
          <Paragraph id="huidige-stap">Er is geen openstaande stap.</Paragraph>
        )}
        <Paragraph>Zoom met het muiswiel en versleep het model om te verschuiven.</Paragraph>
      </figcaption>
    </figure>
  );
}
