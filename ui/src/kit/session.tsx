// The logged-in user and the labels of every code, loaded once per page and shared by all screens.
import { createContext, useContext, type ReactNode } from 'react';
import type { Schemas } from '../api/client';

export type Me = Schemas['MeView'];

/** GET /api/labels: {contexts: {ctx: {nl, en}}, vocabularies: {ctx: {name: {CODE: {nl, en?}}}}}. */
export interface LabelsDocument {
  contexts?: Record<string, { nl: string; en?: string }>;
  vocabularies?: Record<string, Record<string, Record<string, { nl: string; en?: string }>>>;
}

export interface Session {
  me: Me;
  labels: LabelsDocument;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('no session: render inside <SessionProvider>');
  return session;
}

/** The logged-in user (GET /api/me). */
export function useMe(): Me {
  return useSession().me;
}

/**
 * Whether the server lets this user call an operation (its OpenAPI operation id, e.g.
 * 'ObjectionResource_receive'), from GET /api/me `actions`. The UI shows a control only when this
 * is true; the per-case `allowedActions` of a case view decide the rest.
 */
export function useCan(): (operationId: string) => boolean {
  const me = useMe();
  const actions = new Set(me.actions ?? []);
  return (operationId) => actions.has(operationId);
}

/**
 * The Dutch label of a code: `label('objections', 'BenefitType', 'HUURTOESLAG')` → 'Huurtoeslag'.
 * Every code a page shows goes through this one function (GET /api/labels); a code without a
 * label is shown as "onbekend" with the code, and reported in the console, never silently raw.
 */
export type Labeller = (context: string, vocabulary: string, code: string | null | undefined) => string;

export function useLabels(): Labeller {
  const { labels } = useSession();
  return (context, vocabulary, code) => {
    if (code === null || code === undefined || code === '') return '';
    const found = labels.vocabularies?.[context]?.[vocabulary]?.[code];
    if (found) return found.nl;
    console.warn(`no label for ${context}.${vocabulary}.${code}`);
    return `onbekend (${code})`;
  };
}

/** The codes of a vocabulary with their Dutch labels, in the domain's order (for selects and radios). */
/**
 * The codes of one vocabulary that several contexts contribute to (e.g. {@code auditActions}: each
 * context labels the audit actions it writes), merged and sorted by their Dutch label.
 */
export function useSharedVocabulary(vocabulary: string): { code: string; label: string }[] {
  const { labels } = useSession();
  const merged = new Map<string, string>();
  for (const context of Object.values(labels.vocabularies ?? {})) {
    for (const [code, l] of Object.entries(context[vocabulary] ?? {})) merged.set(code, l.nl);
  }
  return [...merged].map(([code, label]) => ({ code, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export function useVocabulary(): (context: string, vocabulary: string) => { code: string; label: string }[] {
  const { labels } = useSession();
  return (context, vocabulary) =>
    Object.entries(labels.vocabularies?.[context]?.[vocabulary] ?? {}).map(([code, l]) => ({
      code,
      label: l.nl,
    }));
}
