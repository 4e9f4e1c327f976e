import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import {
  addEvaluation,
  confirmProposal,
  deleteEvaluation,
  scoreCriterion,
  updateEvaluation,
} from '../../../src/core/evaluation/edits.ts';
import { model, session } from './support.ts';

describe('evaluation edits', () => {
  const start = startHistory(model([{ id: 'p', type: 'delivery-process' }]));
  const added = perform(start, addEvaluation(session('ev', ['client'], {})));

  it('adds, renames and deletes a session, each as one undo step', () => {
    expect(added.document.evaluations.map((e) => e.id)).toEqual(['ev']);
    const renamed = perform(added, updateEvaluation('ev', { title: 'Client workshop 2' }));
    expect(renamed.document.evaluations[0]!.title).toBe('Client workshop 2');
    const deleted = perform(renamed, deleteEvaluation('ev'));
    expect(deleted.document.evaluations).toEqual([]);
    expect(undo(deleted).document.evaluations[0]!.title).toBe('Client workshop 2');
  });

  it('scores a criterion; changing a confirmed proposal by hand clears the proposal flag', () => {
    const proposal = {
      criterion: 'CL.4',
      check: 'query' as const,
      fulfilment: 1,
      score: 2,
      evidence: 'K8 is measured.',
      elements: ['p'],
    };
    const confirmed = perform(added, confirmProposal('ev', proposal));
    expect(confirmed.document.evaluations[0]!.scores['CL.4']).toEqual({
      score: 2,
      note: 'K8 is measured.',
      evidence: ['p'],
      fromProposal: true,
    });
    const noted = perform(confirmed, scoreCriterion('ev', 'CL.4', { note: 'Checked with the client.' }));
    expect(noted.document.evaluations[0]!.scores['CL.4']!.fromProposal).toBe(true);
    const overridden = perform(noted, scoreCriterion('ev', 'CL.4', { score: 1 }));
    expect(overridden.document.evaluations[0]!.scores['CL.4']).toEqual({
      score: 1,
      note: 'Checked with the client.',
      evidence: ['p'],
      fromProposal: false,
    });
    expect(undo(overridden).document.evaluations[0]!.scores['CL.4']!.score).toBe(2);
  });
});
