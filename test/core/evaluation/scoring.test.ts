import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import {
  aggregate,
  heatMap,
  normalise,
  perspectiveScores,
  principleScores,
  radarData,
  scoreFromFulfilment,
} from '../../../src/core/evaluation/scoring.ts';
import { criteriaOf } from '../../../src/core/evaluation/session.ts';
import { session } from './support.ts';

describe('normalised scores', () => {
  it('maps both scales onto 0..1 and leaves N/A and unscored out', () => {
    expect([0, 1, 2].map((s) => normalise(s, '0-2'))).toEqual([0, 0.5, 1]);
    expect([1, 2, 3, 4, 5].map((s) => normalise(s, '1-5'))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(normalise('na', '0-2')).toBeNull();
    expect(normalise(null, '1-5')).toBeNull();
    expect(normalise(undefined, '1-5')).toBeNull();
  });

  it('turns a fulfilment share into the nearest scale point', () => {
    expect([0, 0.24, 0.26, 0.75, 1].map((f) => scoreFromFulfilment(f, '0-2'))).toEqual([0, 0, 1, 2, 2]);
    expect([0, 0.48, 0.6, 1].map((f) => scoreFromFulfilment(f, '1-5'))).toEqual([1, 3, 3, 5]);
  });
});

describe('weighted scores', () => {
  // Common weights: C0.1 2, C0.2 1, C0.3 2 ... Client: CL.1 2, CL.8 1.
  const record = session('s', ['client', 'customer'], {
    'C0.1': 2,
    'C0.2': 0,
    'C0.3': 'na',
    'CL.1': 1,
    'CL.8': 2,
    'CU.1': 0,
  });

  it('weighs each scored criterion and excludes N/A and unscored from the weights', () => {
    const client = aggregate(record, criteriaOf(shippedChecklists, 'client'));
    // (2×1 + 1×0 + 2×0.5 + 1×1) / (2 + 1 + 2 + 1) = 4 / 6
    expect(client.score).toBeCloseTo(4 / 6, 12);
    expect(client).toMatchObject({ scored: 4, na: 1, unscored: 23 - 5, weight: 6 });
  });

  it('counts the common items in every perspective of the session', () => {
    const scores = perspectiveScores(record, shippedChecklists);
    expect(scores.map((s) => s.perspective)).toEqual(['client', 'customer']);
    // Customer: C0.1 (2×1), C0.2 (1×0), CU.1 (2×0) → 2 / 5
    expect(scores[1]!.aggregate.score).toBeCloseTo(2 / 5, 12);
  });

  it('lets a session override a default weight, and a criterion of weight 0 drops out', () => {
    const weighted = { ...record, weights: { 'C0.1': 0 } };
    expect(aggregate(weighted, criteriaOf(shippedChecklists, 'client')).score).toBeCloseTo(2 / 4, 12);
  });

  it('gives null when nothing is scored', () => {
    expect(aggregate(session('e', ['internal'], {}), criteriaOf(shippedChecklists, 'internal')).score).toBeNull();
  });

  it('aggregates per GoM principle over the session or one perspective', () => {
    const all = Object.fromEntries(
      principleScores(record, shippedChecklists).map((p) => [p.principle, p.aggregate.score]),
    );
    // correctness: C0.1 (2, w2) C0.2 (0, w1) CL.8 (2, w1) → 3/4; relevance: CL.1 (1, w2) CU.1 (0, w2) → 0.25
    expect(all.correctness).toBeCloseTo(3 / 4, 12);
    expect(all.relevance).toBeCloseTo(0.25, 12);
    expect(all.clarity).toBeNull();
    const customer = Object.fromEntries(
      principleScores(record, shippedChecklists, 'customer').map((p) => [p.principle, p.aggregate.score]),
    );
    expect(customer.correctness).toBeCloseTo(2 / 3, 12);
  });
});

describe('chart data', () => {
  const record = session('s', ['internal'], { 'C0.4': 2, 'IN.1': 1, 'IN.2': 2, 'IN.10': 0 });

  it('gives a radar with all six GoM principles, or with the criterion groups in checklist order', () => {
    const principles = radarData(record, shippedChecklists, 'internal', 'principle');
    expect(principles.map((p) => p.label)).toEqual([
      'Correctness',
      'Relevance',
      'Economic efficiency',
      'Clarity',
      'Comparability',
      'Systematic design',
    ]);
    expect(principles.find((p) => p.id === 'clarity')).toMatchObject({ value: 0.5, scored: 2 });
    const groups = radarData(record, shippedChecklists, 'internal', 'group');
    expect(groups.map((g) => g.id)).toEqual(['Model quality', 'Operations', 'Resources', 'Management']);
    expect(groups.find((g) => g.id === 'Operations')!.value).toBeCloseTo((2 * 0.5 + 1 * 1) / 3, 12);
  });

  it('lays out a heat map of criteria × the evaluators who take the perspective', () => {
    const other = session('t', ['internal', 'client'], { 'IN.1': 'na', 'IN.2': 3 }, { scale: '1-5' });
    const map = heatMap([record, session('u', ['customer'], {}), other], shippedChecklists, 'internal');
    expect(map.evaluations.map((e) => e.id)).toEqual(['s', 't']);
    expect(map.criteria).toHaveLength(21);
    const row = (id: string) => map.cells[map.criteria.findIndex((c) => c.id === id)];
    expect(row('IN.1')).toEqual([0.5, 'na']);
    expect(row('IN.2')).toEqual([1, 0.5]);
    expect(row('IN.3')).toEqual([null, null]);
  });
});
