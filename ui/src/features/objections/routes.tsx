import type { Screen } from '../../kit/routes';
import { ProcessPage } from './ProcessPage';

/** The objection screens (owner: the objections UI). */
export const objectionScreens: Screen[] = [
  { path: /^\/bezwaren\/([^/]+)\/proces$/, render: ([id]) => <ProcessPage id={id ?? ''} /> },
];
