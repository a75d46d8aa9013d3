import './work.css';
import type { Screen } from '../../kit/routes';
import { AuditPage } from './AuditPage';
import { DeadlinesPage } from './DeadlinesPage';
import { HomePage } from './HomePage';
import { NotificationsPage } from './NotificationsPage';
import { PoliciesPage } from './PoliciesPage';
import { TasksPage } from './TasksPage';
import { UsersPage } from './UsersPage';

/** The start screen, inbox, manager, inspector and administrator screens (owner: the work UI). */
export const workScreens: Screen[] = [
  { path: /^\/$/, render: () => <HomePage /> },
  { path: /^\/taken$/, render: (_, query) => <TasksPage query={query} /> },
  { path: /^\/termijnen$/, render: () => <DeadlinesPage /> },
  { path: /^\/audit$/, render: () => <AuditPage /> },
  { path: /^\/regels$/, render: () => <PoliciesPage /> },
  { path: /^\/gebruikers$/, render: () => <UsersPage /> },
  { path: /^\/meldingen$/, render: () => <NotificationsPage /> },
];
