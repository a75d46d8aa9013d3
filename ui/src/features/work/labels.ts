// The labels the work screens need across workflows: a task list mixes objections and fraud
// reviews, so a code is looked up in the vocabulary of the row's workflow (GET /api/labels).
import { useLabels, useVocabulary } from '../../kit/session';
import type { TaskRow } from './api';

/** The label context of a task's workflow ('objections', 'fraud-review', 'risk-selection' or 'hardship'). */
export function workflowOf(row: Pick<TaskRow, 'workflow' | 'process'>): string | undefined {
  if (row.workflow) return row.workflow;
  // the list before it named the workflow (the process keys of ObjectionProcess, FraudReviewProcess)
  if (row.process === 'ObjectionHandling') return 'objections';
  if (row.process === 'FraudReview') return 'fraud-review';
  if (row.process === 'RuleSetApproval') return 'risk-selection';
  if (row.process === 'HardshipRequest') return 'hardship';
  return undefined;
}

const WORKFLOWS = ['objections', 'fraud-review', 'risk-selection', 'hardship'];

/** Labels of a vocabulary that several workflows have (benefitTypes, tasks): by workflow, or any. */
export function useWorkLabels(): {
  of: (workflow: string | undefined, vocabulary: string, code: string | null | undefined) => string;
  options: (vocabulary: string, codes?: string[]) => { code: string; label: string }[];
} {
  const label = useLabels();
  const vocabulary = useVocabulary();
  const merged = (name: string) => {
    const map = new Map<string, string>();
    for (const w of WORKFLOWS) for (const o of vocabulary(w, name)) if (!map.has(o.code)) map.set(o.code, o.label);
    return map;
  };
  return {
    of: (workflow, name, code) => {
      if (!code) return '';
      if (workflow) return label(workflow, name, code);
      const found = merged(name).get(code);
      return found ?? label(WORKFLOWS[0] ?? 'objections', name, code);
    },
    options: (name, codes) => {
      const map = merged(name);
      const list = codes ?? [...map.keys()];
      return list.map((code) => ({ code, label: map.get(code) ?? label(WORKFLOWS[0] ?? 'objections', name, code) }));
    },
  };
}
