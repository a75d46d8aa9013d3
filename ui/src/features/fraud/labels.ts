// The Dutch labels of the fraud-review codes (GET /api/labels, context "fraud-review"; roles from
// the context "web"). Only a shorthand over useLabels: no code→label map lives here.
import { useLabels } from '../../kit/session';

export type FraudVocabulary =
  | 'benefitTypes'
  | 'phases'
  | 'conclusions'
  | 'signalSources'
  | 'priorities'
  | 'determinationStatuses'
  | 'tasks'
  | 'letterKinds';

/** A label as the start of a sentence or a table cell: first letter upper case. */
export function capital(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** label('phases', 'RELEVANTIE') → 'Relevantie en prioriteit'; role('TOEZICHT') → the role's label. */
export function useFraudLabels(): {
  label: (vocabulary: FraudVocabulary, code: string | null | undefined) => string;
  role: (code: string | null | undefined) => string;
} {
  const labels = useLabels();
  return {
    label: (vocabulary, code) => capital(labels('fraud-review', vocabulary, code)),
    role: (code) => labels('web', 'roles', code),
  };
}
