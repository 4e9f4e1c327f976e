import { edit, type Edit } from '../commands/history.ts';
import type { Label } from '../commands/label.ts';
import type { CriterionScore, EvaluationRecord } from '../model/evaluation-record.ts';
import { acceptProposal, type Proposal } from './pre-assessment.ts';

/** Adds an evaluation session to the model. */
export function addEvaluation(record: EvaluationRecord): Edit {
  return edit({ id: 'evaluation.add', params: { title: record.title } }, (doc) => {
    doc.evaluations.push(record);
  });
}

export type EvaluationChanges = Partial<Omit<EvaluationRecord, 'id' | 'scores'>>;

/** Changes the header of a session (title, evaluator, perspectives, scale, weights, summary, QFD inputs). */
export function updateEvaluation(
  id: string,
  changes: EvaluationChanges,
  label: Label = { id: 'evaluation.edit' },
): Edit {
  return edit(label, (doc) => {
    const record = doc.evaluations.find((e) => e.id === id);
    if (record) Object.assign(record, changes);
  });
}

/** Sets a criterion's score, note, evidence or proposal flag in a session; a manual score change clears the proposal flag. */
export function scoreCriterion(evaluationId: string, criterionId: string, changes: Partial<CriterionScore>): Edit {
  return edit({ id: 'evaluation.score', params: { criterion: criterionId } }, (doc) => {
    const record = doc.evaluations.find((e) => e.id === evaluationId);
    if (!record) return;
    const current = record.scores[criterionId] ?? { score: null, note: '', evidence: [], fromProposal: false };
    const fromProposal =
      changes.fromProposal ??
      (changes.score !== undefined && changes.score !== current.score ? false : current.fromProposal);
    record.scores[criterionId] = { ...current, ...changes, fromProposal };
  });
}

/** Takes an automatic proposal as the criterion's score (keeps the evaluator's note). */
export function confirmProposal(evaluationId: string, proposal: Proposal): Edit {
  return edit({ id: 'evaluation.confirm-proposal', params: { criterion: proposal.criterion } }, (doc) => {
    const record = doc.evaluations.find((e) => e.id === evaluationId);
    if (record) record.scores[proposal.criterion] = acceptProposal(record.scores[proposal.criterion], proposal);
  });
}

/** Removes an evaluation session. */
export function deleteEvaluation(id: string): Edit {
  return edit({ id: 'evaluation.delete' }, (doc) => {
    doc.evaluations = doc.evaluations.filter((e) => e.id !== id);
  });
}
