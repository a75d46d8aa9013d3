import type { Screen } from '../../kit/routes';
import { CataloguePage } from './CataloguePage';
import { NewRuleSetPage } from './NewRuleSetPage';
import { RuleSetPage } from './RuleSetPage';
import { RunPage } from './RunPage';
import { SelectionRegisterPage } from './SelectionRegisterPage';

/** The risk-selection screens: the rule register, a rule set, a run, the feature catalogue. */
export const selectionScreens: Screen[] = [
  { path: /^\/selectie$/, render: () => <SelectionRegisterPage /> },
  {
    path: /^\/selectie\/nieuw$/,
    render: (_, query) => <NewRuleSetPage key={query.get('vorige') ?? ''} predecessorId={query.get('vorige') ?? undefined} />,
  },
  { path: /^\/selectie\/kenmerken$/, render: () => <CataloguePage /> },
  { path: /^\/selectie\/runs\/([^/]+)$/, render: ([id]) => <RunPage key={id} id={id ?? ''} /> },
  { path: /^\/selectie\/([^/]+)$/, render: ([id]) => <RuleSetPage key={id} id={id ?? ''} /> },
];
