import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, perspectiveAgreement } from '../../../src/core/evaluation/agreement.ts';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
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
  it('reproduces the published values of the 4-coder, 12-unit example', () => {
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it('counts only pairable values: unit 12 has a single value', () => {
    expect(krippendorffAlpha(units, 'interval').pairable).toBe(40);
    expect(krippendorffAlpha(units.slice(0, 11), 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it('is 1 for perfect agreement and undefined without variation or pairs', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 0],
          [1, 1],
          [2, 2],
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
    ).toEqual({ alpha: null, metric: 'nominal', pairable: 0 });
  });

  it('falls below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 2],
          [2, 0],
          [0, 2],
          [2, 0],
        ],
        'interval',
      ).alpha!,
    ).toBeLessThan(0);
  });
});

describe('agreement between evaluators of one perspective', () => {
  it('gives mean and sample SD per criterion on normalised scores, ignoring N/A, and an ordinal alpha', () => {
    const a = session('a', ['client'], { 'CL.1': 2, 'CL.2': 1, 'CL.3': 'na' });
    const b = session('b', ['client'], { 'CL.1': 2, 'CL.2': 2, 'CL.3': 0 });
    const c = session('c', ['client', 'internal'], { 'CL.1': 5, 'CL.2': 3 }, { scale: '1-5' });
    const other = session('d', ['customer'], { 'CL.1': 0 });
    const result = perspectiveAgreement([a, b, c, other], shippedChecklists, 'client');
    expect(result.evaluations).toEqual(['a', 'b', 'c']);
    expect(result.metric).toBe('ordinal');
    expect(result.mixedScales).toBe(true);
    const byId = Object.fromEntries(result.criteria.map((k) => [k.id, k]));
    expect(byId['CL.1']).toMatchObject({ n: 3, mean: 1, sd: 0 });
    expect(byId['CL.2']!.mean).toBeCloseTo(2 / 3, 12); // 0.5, 1, 0.5
    expect(byId['CL.2']!.sd).toBeCloseTo(Math.sqrt(1 / 12), 12);
    expect(byId['CL.3']).toMatchObject({ n: 1, mean: 0, sd: null });
    expect(byId['C0.1']).toMatchObject({ n: 0, mean: null });
    expect(result.alpha).toBeCloseTo(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [0.5, 1, 0.5],
        ],
        'ordinal',
      ).alpha!,
      12,
    );
  });
});
