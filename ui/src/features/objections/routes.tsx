import type { Screen } from '../../kit/routes';
import { CasePage } from './CasePage';
import { IntakePage } from './IntakePage';
import { ObjectionsPage } from './ObjectionsPage';
import { ProcessPage } from './ProcessPage';

/** The objection screens (owner: the objections UI). */
export const objectionScreens: Screen[] = [
  { path: /^\/bezwaren$/, render: () => <ObjectionsPage /> },
  { path: /^\/bezwaren\/nieuw$/, render: () => <IntakePage /> },
  { path: /^\/bezwaren\/([^/]+)\/proces$/, render: ([id]) => <ProcessPage id={id ?? ''} /> },
  {
    path: /^\/bezwaren\/([^/]+)$/,
    render: ([id], query) => <CasePage key={id} id={id ?? ''} isNew={query.get('nieuw') === '1'} />,
  },
];
