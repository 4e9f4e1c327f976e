import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { compareEvaluations } from '../../../src/core/evaluation/comparison.ts';
import { session } from './support.ts';

describe('comparing two sessions', () => {
  const before = session('before', ['client'], { 'C0.1': 1, 'CL.4': 0, 'CL.7': 1, 'CL.9': 'na' });
  const after = session(
    'after',
    ['client'],
    { 'C0.1': 2, 'CL.4': 2, 'CL.7': 1, 'CL.9': 2 },
    { modelHash: 'fedcba9876543210' },
  );

  it('gives the delta of each criterion on normalised scores; N/A or unscored on either side gives no delta', () => {
    const result = compareEvaluations(before, after, shippedChecklists);
    const byId = Object.fromEntries(result.criteria.map((c) => [c.id, c]));
    expect(byId['CL.4']).toMatchObject({ before: 0, after: 1, delta: 1 });
    expect(byId['CL.7']).toMatchObject({ before: 0.5, after: 0.5, delta: 0 });
    expect(byId['CL.9']).toMatchObject({ before: null, after: 1, delta: null });
    expect(result.modelChanged).toBe(true);
  });

  it('gives the delta of each perspective and principle', () => {
    const result = compareEvaluations(before, after, shippedChecklists);
    // Before: C0.1 (w2, 0.5), CL.4 (w2, 0), CL.7 (w2, 0.5) → 2/6. After adds CL.9 (w1, 1): (2 + 2 + 1 + 1) / 7.
    expect(result.perspectives).toHaveLength(1);
    expect(result.perspectives[0]!.before).toBeCloseTo(2 / 6, 12);
    expect(result.perspectives[0]!.delta).toBeCloseTo(6 / 7 - 2 / 6, 12);
    const relevance = result.principles.find((p) => p.principle === 'relevance')!;
    expect(relevance).toMatchObject({ before: 0, after: 1, delta: 1 });
  });
});
