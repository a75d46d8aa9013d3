// The answers of the work screens' endpoints: the task list and its candidates from the generated
// schema; the audit trail and the user list answer untyped JSON objects (see AuditResource,
// UserResource), typed here.
import { get, post } from '../../api/client';
import type { components } from '../../api/schema';

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

type Schemas = components['schemas'];

/** One row of the inbox, a page of it, and who may take tasks: the records of /api/tasks. */
export type TaskRow = Schemas['TaskRow'];
export type CodeCount = Schemas['CodeCount'];
export type TaskPage = Schemas['TaskPage'];
export type TaskCandidate = Schemas['TaskCandidate'];
export type TaskCandidates = Schemas['TaskCandidates'];

export type AuditEntry = Schemas['AuditEntryRow'];
export type AuditPage = Schemas['AuditEntries'];
export type Verification = Schemas['ChainCheck'];
export type UserRow = Schemas['UserRow'];
export type UserList = Schemas['UserList'];

/** The case page of a task or notification by its workflow. */
export function casePath(workflow: string | undefined, caseId: string | undefined): string | undefined {
  if (!caseId) return undefined;
  if (workflow === 'fraud-review') return '/signalen/' + encodeURIComponent(caseId);
  if (workflow === 'objections') return '/bezwaren/' + encodeURIComponent(caseId);
  if (workflow === 'risk-selection') return '/selectie/' + encodeURIComponent(caseId);
  if (workflow === 'hardship') return '/hardheid/' + encodeURIComponent(caseId);
  return undefined;
}

/** The unread notifications of the logged-in user. */
export async function unreadCount(): Promise<number> {
  return (await get('/api/notifications/count')).unread ?? 0;
}
