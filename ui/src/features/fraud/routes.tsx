import type { Screen } from '../../kit/routes';

/** The fraud-review (intensief toezicht) screens (owner: the fraud-review UI). */
export const fraudScreens: Screen[] = [];
