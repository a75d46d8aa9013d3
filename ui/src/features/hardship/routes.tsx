import type { Screen } from '../../kit/routes';
import { CasePage } from './CasePage';
import { CollectionPage } from './CollectionPage';
import { IntakePage } from './IntakePage';
import { ListPage } from './ListPage';

/** The hardship screens: the list, the intake, a request's case page, the collection calculator. */
export const hardshipScreens: Screen[] = [
  { path: /^\/hardheid$/, render: () => <ListPage /> },
  { path: /^\/hardheid\/nieuw$/, render: () => <IntakePage /> },
  {
    path: /^\/hardheid\/([^/]+)$/,
    render: ([id], query) => <CasePage key={id} id={id ?? ''} isNew={query.get('nieuw') === '1'} />,
  },
  { path: /^\/invordering$/, render: () => <CollectionPage /> },
];
