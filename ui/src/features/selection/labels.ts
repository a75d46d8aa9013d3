// The Dutch labels of the risk-selection codes (GET /api/labels, context "risk-selection"). Only a
// shorthand over useLabels: no code→label map lives here.
import { useLabels, useVocabulary } from '../../kit/session';
import { capital } from '../fraud/labels';

export type SelectionVocabulary =
  | 'classifications'
  | 'featureTypes'
  | 'comparisons'
  | 'ruleSetStatuses'
  | 'approvalSteps'
  | 'changeStatuses'
  | 'tasks'
  | 'ruleSetActions'
  | 'auditActions';

export const CONTEXT = 'risk-selection';

/** label('ruleSetStatuses', 'ACTIVE') → 'Actief'; fraud('benefitTypes', …) for the benefit of a case. */
export function useSelectionLabels(): {
  label: (vocabulary: SelectionVocabulary, code: string | null | undefined) => string;
  fraud: (vocabulary: string, code: string | null | undefined) => string;
  options: (vocabulary: SelectionVocabulary) => { code: string; label: string }[];
} {
  const labels = useLabels();
  const vocabulary = useVocabulary();
  return {
    label: (v, code) => capital(labels(CONTEXT, v, code)),
    fraud: (v, code) => capital(labels('fraud-review', v, code)),
    options: (v) => vocabulary(CONTEXT, v).map((o) => ({ code: o.code, label: capital(o.label) })),
  };
}

/** A value as a person reads it: 'true'/'false' of a yes/no feature as 'ja'/'nee'. */
export function plainValue(value: string | null | undefined): string {
  if (value === 'true') return 'ja';
  if (value === 'false') return 'nee';
  return value ?? '';
}

/** 0.1234 → '12,3%'. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A ratio or p-value in Dutch notation, '–' when there is none. */
export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value) || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A p-value: small ones as '< 0,001'. */
export function pValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value < 0.001 ? '< 0,001' : decimal(value, 3);
}
