// dmn-js ships no type declarations: the little of its Viewer the UI uses.
declare module 'dmn-js/lib/Viewer' {
  export interface DmnView {
    type: string;
    element: { id?: string; name?: string };
  }
  export default class Viewer {
    constructor(options: {
      container: HTMLElement;
      common?: Record<string, unknown>;
      decisionTable?: Record<string, unknown>;
      drd?: Record<string, unknown>;
    });
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    getViews(): DmnView[];
    getActiveView(): DmnView | undefined;
    open(view: DmnView): Promise<unknown>;
    destroy(): void;
  }
}
