import type { Screen } from '../../kit/routes';
import { HomePage } from './HomePage';

/** The start screen, inbox, manager, inspector and administrator screens (owner: the work UI). */
export const workScreens: Screen[] = [{ path: /^\/$/, render: () => <HomePage /> }];
