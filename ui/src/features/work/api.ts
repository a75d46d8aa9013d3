// The answers of the work screens' endpoints. The task list and its candidates
// are typed here until their records are in ui/openapi.json (issue 10, B1); the audit trail and
// the user list answer untyped JSON objects (see AuditResource, UserResource).
import { get, post } from '../../api/client';

/** A path the generated schema does not know yet (typed by the caller's interface). */
type AnyPath = Parameters<typeof get>[0];

export async function getAs<T>(
  path: string,
  values: Record<string, string> = {},
  query: Record<string, string | number | boolean | undefined> = {},
): Promise<T> {
  return (await get(path as AnyPath, values, query)) as unknown as T;
}

export async function postAs<T>(path: string, values: Record<string, string> = {}, body?: unknown): Promise<T> {
  return (await post(path as Parameters<typeof post>[0], values, body as never)) as unknown as T;
}

export interface TaskRow {
  id: string;
  name?: string;
  stage?: string;
  process?: string;
  workflow?: string;
  caseId?: string;
  caseNumber?: string;
  caseLabel?: string;
  citizen?: string;
  benefitType?: string;
  deadline?: string;
  daysLeft?: number;
  overdue?: boolean;
  created?: string;
  assignee?: string;
  candidateGroups?: string[];
}

export interface CodeCount {
  code: string;
  count: number;
}

export interface TaskPage {
  scope: string;
  tasks: TaskRow[];
  total?: number;
  page?: number;
  size?: number;
  sort?: string;
  dir?: string;
  counts?: { benefitTypes: CodeCount[]; stages: CodeCount[]; overdue: number; all: number };
}

export interface TaskCandidate {
  userName: string;
  displayName?: string;
  roles?: { code: string; label: string }[];
}

export interface TaskCandidates {
  taskIds: string[];
  candidates: TaskCandidate[];
}

export interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actor: string;
  role: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: string;
  legalBasis: string | null;
  reasons: string | null;
  correlationId: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  size: number;
}

export interface Verification {
  intact: boolean;
  entries: number;
  pendingEntries: number;
  firstBrokenSequence?: number;
  reason?: string;
}

export interface UserRow {
  userName: string;
  displayName: string;
  roles: string[];
  team: string;
  demo: boolean;
  enabled: boolean;
}

/** The case page of a task or notification by its workflow. */
export function casePath(workflow: string | undefined, caseId: string | undefined): string | undefined {
  if (!caseId) return undefined;
  if (workflow === 'fraud-review') return '/signalen/' + encodeURIComponent(caseId);
  if (workflow === 'objections') return '/bezwaren/' + encodeURIComponent(caseId);
  return undefined;
}

/** The unread notifications of the logged-in user. */
export async function unreadCount(): Promise<number> {
  return (await get('/api/notifications/count')).unread ?? 0;
}
