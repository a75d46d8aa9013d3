import type { Screen } from '../../kit/routes';
import { RegisterSignalPage } from './RegisterSignalPage';
import { SignalListPage } from './SignalListPage';
import { SignalPage } from './SignalPage';

/** The fraud-review (intensief toezicht) screens (owner: the fraud-review UI). */
export const fraudScreens: Screen[] = [
  { path: /^\/signalen$/, render: () => <SignalListPage /> },
  { path: /^\/signalen\/nieuw$/, render: () => <RegisterSignalPage /> },
  { path: /^\/signalen\/([^/]+)$/, render: ([id]) => <SignalPage key={id} id={id ?? ''} /> },
];
