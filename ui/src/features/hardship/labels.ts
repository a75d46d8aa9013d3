// The Dutch labels of the hardship and collection codes (GET /api/labels, contexts "hardship" and
// "collection"). Only a shorthand over useLabels: no code→label map lives here.
import { useLabels, useVocabulary } from '../../kit/session';
import { capital } from '../fraud/labels';

export type HardshipVocabulary =
  | 'kinds'
  | 'urgencySignals'
  | 'benefitTypes'
  | 'tracks'
  | 'statuses'
  | 'outcomes'
  | 'referralTargets'
  | 'policySignalCategories'
  | 'tasks'
  | 'requestActions';

export type CollectionVocabulary = 'recoveryKinds' | 'arrangements';

export const CONTEXT = 'hardship';
export const COLLECTION = 'collection';

/** label('statuses', 'REVIEW') → 'Controle vaktechniek'; options('tracks') for a radio group. */
export function useHardshipLabels(): {
  label: (vocabulary: HardshipVocabulary, code: string | null | undefined) => string;
  options: (vocabulary: HardshipVocabulary) => { code: string; label: string }[];
  collection: (vocabulary: CollectionVocabulary, code: string | null | undefined) => string;
  collectionOptions: (vocabulary: CollectionVocabulary) => { code: string; label: string }[];
} {
  const labels = useLabels();
  const vocabulary = useVocabulary();
  return {
    label: (v, code) => capital(labels(CONTEXT, v, code)),
    options: (v) => vocabulary(CONTEXT, v).map((o) => ({ code: o.code, label: capital(o.label) })),
    collection: (v, code) => capital(labels(COLLECTION, v, code)),
    collectionOptions: (v) => vocabulary(COLLECTION, v).map((o) => ({ code: o.code, label: capital(o.label) })),
  };
}
