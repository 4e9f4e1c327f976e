import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementOf,
  DEFAULT_BOOTSTRAP,
  defaultChoice,
  raterOf,
  selectSessions,
} from '../../../src/core/evaluation/agreement.ts';
import { bootstrapAlpha, krippendorffAlpha } from '../../../src/core/evaluation/alpha.ts';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import type { EvaluationRecord } from '../../../src/core/model/evaluation-record.ts';
import { session } from './support.ts';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders, 12 units, missing values.
const _ = null;
const coders = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = coders[0]!.map((_v, u) => coders.map((c) => c[u]!));

describe("Krippendorff's alpha", () => {
  it('reproduces the published values of the 4-coder, 12-unit example for all four metrics', () => {
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval').alpha).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(units, 'ratio').alpha).toBeCloseTo(0.797, 3);
  });

  it('reproduces the published binary example of two observers (section A): alpha 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = krippendorffAlpha(
      a.map((v, i) => [v, b[i]!]),
      'nominal',
    );
    expect(result.alpha).toBeCloseTo(0.095, 3);
    // D_o = 4 disagreeing pairs of 10 units; D_e = 2 × 14 × 6 / (20 × 19).
    expect(result.observed).toBeCloseTo(0.4, 12);
    expect(result.expected).toBeCloseTo((2 * 14 * 6) / (20 * 19), 12);
  });

  it('gives n, D_o and D_e with alpha = 1 - D_o / D_e, and counts only pairable values', () => {
    const nominal = krippendorffAlpha(units, 'nominal');
    expect(nominal.pairable).toBe(40);
    expect(nominal.observed).toBeCloseTo(0.2, 12); // 8 of 40 pairable values disagree, weighted 1 / (m_u - 1)
    expect(nominal.expected).toBeCloseTo(304 / 390, 12);
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const r = krippendorffAlpha(units, metric);
      expect(r.alpha).toBeCloseTo(1 - r.observed! / r.expected!, 12);
    }
    expect(krippendorffAlpha(units.slice(0, 11), 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it('is 1 for perfect agreement and undefined without variation or pairs', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 0],
          [1, 1],
        ],
        'ordinal',
      ).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [1, 1],
        ],
        'interval',
      ).alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [1, null],
          [null, 2],
        ],
        'nominal',
      ),
    ).toEqual({ alpha: null, metric: 'nominal', pairable: 0, observed: null, expected: null });
  });

  it('bootstraps a seeded interval around alpha: the same seed gives the same interval', () => {
    const first = bootstrapAlpha(units, 'interval', { samples: 2000, seed: 7 })!;
    const again = bootstrapAlpha(units, 'interval', { samples: 2000, seed: 7 })!;
    const other = bootstrapAlpha(units, 'interval', { samples: 2000, seed: 8 })!;
    expect(again).toEqual(first);
    expect(other.low).not.toBe(first.low);
    expect(first.low).toBeLessThan(0.849);
    expect(first.high).toBeGreaterThan(0.849);
    expect(first.high).toBeLessThanOrEqual(1);
    expect(first).toMatchObject({ level: 0.95, samples: 2000, seed: 7, pairs: 55 });
    const q = first.belowMinimum.find((b) => b.minimum === 0.667)!.probability;
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(0.05);
    expect(bootstrapAlpha([[1, 1]], 'nominal')).toBeNull();
  });
});

/** The reason a selection or agreement was refused; '' when it was not. */
const reasonOf = (r: { ok: true } | { ok: false; reason: string }) => (r.ok ? '' : r.reason);

const rated = (
  id: string,
  name: string,
  extra: Record<string, unknown> = {},
  scores: Record<string, number | 'na' | null> = { 'CL.1': 2, 'CL.2': 1 },
) => session(id, ['client'], scores, { evaluator: { name }, ...extra });

describe('choosing the sessions', () => {
  const a = rated('a', 'Rater A');
  const a2 = rated('a2', 'rater a ', { date: '2026-04-01' });
  const b = rated('b', 'Rater B');
  const c5 = rated('c', 'Rater C', { scale: '1-5' }, { 'CL.1': 5, 'CL.2': 3 });
  const old = rated('old', 'Rater D', { modelHash: 'fedcba9876543210' });

  it('refuses mixed versions, mixed scales, a rater twice and a single rater, each with the reason', () => {
    expect(reasonOf(selectSessions([a, b, old], 'client', ['a', 'b', 'old']))).toContain(
      'different versions of the model',
    );
    expect(reasonOf(selectSessions([a, b, c5], 'client', ['a', 'b', 'c']))).toContain(
      'different scales (0-2: Rater A (a), Rater B (b); 1-5: Rater C (c))',
    );
    expect(selectSessions([a, a2, b], 'client', ['a', 'a2', 'b'])).toMatchObject({
      ok: false,
      reason: 'Rater A has 2 sessions (Rater A (a), rater a (a2)): take one of them.',
    });
    expect(reasonOf(selectSessions([a], 'client', ['a']))).toContain('two');
    expect(selectSessions([a, b], 'customer', ['a', 'b'])).toMatchObject({ ok: false });
    expect(selectSessions([a, b], 'client', ['a', 'b'])).toMatchObject({ ok: true, scale: '0-2' });
  });

  it("proposes the current version's sessions, on the scale most use, each rater's latest", () => {
    const choice = defaultChoice([a, a2, b, c5, old], 'client', '0123456789abcdef');
    expect(choice.sessions).toEqual(['a2', 'b']);
    expect(choice).toMatchObject({ metric: 'ordinal', bootstrap: DEFAULT_BOOTSTRAP });
  });

  it('computes alpha on the raw scores of one scale, lists the criteria that disagree most, or says why not', () => {
    const x = rated('x', 'X', {}, { 'CL.1': 2, 'CL.2': 0, 'CL.3': 1, 'CL.4': 2 });
    const y = rated('y', 'Y', {}, { 'CL.1': 2, 'CL.2': 2, 'CL.3': 1, 'CL.4': 'na' });
    const result = agreementOf([x, y], shippedChecklists, {
      perspective: 'client',
      sessions: ['x', 'y'],
      metric: 'interval',
      bootstrap: DEFAULT_BOOTSTRAP,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.result.alpha).toBeCloseTo(
      krippendorffAlpha(
        [
          [2, 2],
          [0, 2],
          [1, 1],
        ],
        'interval',
      ).alpha!,
      12,
    );
    expect(result.result.pairable).toBe(6);
    expect(result.mostDisagreement.map((c) => c.id)).toEqual(['CL.2']);
    const cl2 = result.criteria.find((c) => c.id === 'CL.2')!;
    expect(cl2).toMatchObject({ n: 2, mean: 0.5, scores: [0, 2] });
    expect(result.criteria.find((c) => c.id === 'CL.4')).toMatchObject({ n: 1, disagreement: null });
    expect(result.interval).not.toBeNull();
    const refused = agreementOf([x, old], shippedChecklists, { ...result.choice, sessions: ['x', 'old'] });
    expect(reasonOf(refused)).toContain('different versions');
  });

  it('never mixes scales or versions, never counts a rater twice (property)', () => {
    const record = fc.record({
      hash: fc.constantFrom('0123456789abcdef', 'fedcba9876543210', 'aaaaaaaaaaaaaaaa'),
      scale: fc.constantFrom('0-2' as const, '1-5' as const),
      rater: fc.constantFrom('Ann', 'ann', 'Bo', 'Cy', 'Di'),
      perspectives: fc.subarray(['client', 'customer', 'internal'] as const, { minLength: 1 }),
      date: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
    });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 0, maxLength: 8 }),
        fc.array(fc.nat(9)),
        fc.constantFrom('client' as const, 'customer' as const, 'internal' as const),
        (specs, picks, perspective) => {
          const records: EvaluationRecord[] = specs.map((s, i) =>
            session(
              `s${i}`,
              [...s.perspectives],
              {},
              {
                modelHash: s.hash,
                scale: s.scale,
                evaluator: { name: s.rater },
                date: s.date,
              },
            ),
          );
          const ids = [...new Set(picks.filter((p) => p < records.length).map((p) => `s${p}`))];
          const proposal = defaultChoice(records, perspective, '0123456789abcdef').sessions;
          for (const chosen of [ids, proposal]) {
            const selection = selectSessions(records, perspective, chosen);
            if (!selection.ok) continue;
            const sessions = selection.sessions;
            expect(new Set(sessions.map((r) => r.scale)).size).toBe(1);
            expect(new Set(sessions.map((r) => r.modelHash)).size).toBe(1);
            expect(new Set(sessions.map(raterOf)).size).toBe(sessions.length);
            expect(sessions.length).toBeGreaterThanOrEqual(2);
            expect(sessions.every((r) => r.perspectives.includes(perspective))).toBe(true);
          }
          // The proposal itself never mixes: it is accepted whenever it holds two raters.
          const proposed = records.filter((r) => proposal.includes(r.id));
          expect(new Set(proposed.map((r) => r.scale)).size).toBeLessThanOrEqual(1);
          expect(new Set(proposed.map((r) => r.modelHash)).size).toBeLessThanOrEqual(1);
          if (proposed.length >= 2) expect(selectSessions(records, perspective, proposal).ok).toBe(true);
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });
});
