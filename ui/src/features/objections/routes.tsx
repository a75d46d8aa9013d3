import type { Screen } from '../../kit/routes';
import { CasePage } from './CasePage';
import { IntakePage } from './IntakePage';
import { ObjectionsPage } from './ObjectionsPage';
import { ProcessPage } from './ProcessPage';

/** The objection screens (owner: the objections UI). */
export const objectionScreens: Screen[] = [
  { path: /^\/bezwaren$/, render: () => <ObjectionsPage /> },
  {
    path: /^\/bezwaren\/nieuw$/,
    // prefilled from another case's decision, e.g. a hardship decision (never the BSN: URLs get logged)
    render: (_params, query) => (
      <IntakePage
        prefill={{
          reference: query.get('kenmerk') ?? '',
          type: query.get('soort') ?? '',
          date: query.get('datum') ?? '',
          benefitType: query.get('toeslag') ?? '',
        }}
      />
    ),
  },
  { path: /^\/bezwaren\/([^/]+)\/proces$/, render: ([id]) => <ProcessPage id={id ?? ''} /> },
  {
    path: /^\/bezwaren\/([^/]+)$/,
    render: ([id], query) => <CasePage key={id} id={id ?? ''} isNew={query.get('nieuw') === '1'} />,
  },
];
