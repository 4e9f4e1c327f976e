import { describe, expect, it } from 'vitest';
import { MatookIndulskaModel } from '../../../src/core/evaluation/checklist-schema.ts';
import { matookIndulska } from '../../../src/core/evaluation/checklists.ts';
import { qfd, qfdInput } from '../../../src/core/evaluation/qfd.ts';
import { matookIndulskaCase } from '../../../src/core/evaluation/qfd-case.ts';

const tiny = MatookIndulskaModel.parse({
  id: 'tiny',
  version: '1',
  title: 'Two characteristics, two phases',
  citation: 'test',
  characteristics: [
    { id: 'a', label: 'A', meaning: 'a' },
    { id: 'b', label: 'B', meaning: 'b' },
  ],
  importanceScale: { min: 1, max: 5 },
  phases: [
    {
      id: 'p',
      number: 1,
      label: 'P',
      activities: [
        { id: '1.1', text: 'x' },
        { id: '1.2', text: 'y' },
      ],
    },
    {
      id: 'q',
      number: 2,
      label: 'Q',
      activities: [
        { id: '2.1', text: 'z' },
        { id: '2.2', text: 'w' },
      ],
    },
  ],
  defaultCorrelation: { p: { a: 9, b: 1 }, q: { a: 0, b: 3 } },
});

describe('Matook & Indulska QFD', () => {
  it('computes absolute and relative importance, contributions and RMQuality (hand-computed)', () => {
    // p: 2×9 + 4×1 = 22; q: 2×0 + 4×3 = 12; total 34. RMQuality = 1 × 22/34 + 0.5 × 12/34 = 28/34.
    const result = qfd(tiny, {
      scale: tiny.importanceScale,
      importance: { a: 2, b: 4 },
      correlation: tiny.defaultCorrelation,
      fulfilment: { p: 1, q: 0.5 },
    });
    if (!result.ok) throw new Error(result.problems.join(' '));
    expect(result.phases.map((p) => p.absolute)).toEqual([22, 12]);
    expect(result.phases[0]!.terms).toEqual([
      { characteristic: 'a', importance: 2, correlation: 9, product: 18 },
      { characteristic: 'b', importance: 4, correlation: 1, product: 4 },
    ]);
    expect(result.totalAbsolute).toBe(34);
    expect(result.phases[0]!.relative).toBeCloseTo(22 / 34, 12);
    expect(result.phases[1]!.contribution).toBeCloseTo(6 / 34, 12);
    expect(result.rmQuality).toBeCloseTo(28 / 34, 12);
  });

  it('reproduces a hand-computed RMQuality on the shipped 7 phases with the default matrix and ticked activities', () => {
    // Importance G3 F2 C4 U5 Un5. Absolute: 95, 99, 85, 66, 63, 81, 111 (total 600).
    // Fulfilment: 6/6, 4/8, 3/6, 5/5, 1/4, 5/5, 3/6 → RMQuality = 405.25 / 600.
    const ticked = {
      'problem-definition': 6,
      'requirement-analysis': 4,
      'information-gathering': 3,
      conventions: 5,
      documentation: 1,
      construction: 5,
      evaluation: 3,
    } as Record<string, number>;
    const record = {
      importance: { generality: 3, flexibility: 2, completeness: 4, usability: 5, understandability: 5 },
      fulfilment: Object.fromEntries(
        matookIndulska.phases.map((p) => [p.id, { activities: p.activities.slice(0, ticked[p.id]).map((a) => a.id) }]),
      ),
    };
    const result = qfd(matookIndulska, qfdInput(matookIndulska, record));
    if (!result.ok) throw new Error(result.problems.join(' '));
    expect(result.phases.map((p) => p.absolute)).toEqual([95, 99, 85, 66, 63, 81, 111]);
    expect(result.phases.map((p) => p.fulfilment)).toEqual([1, 0.5, 0.5, 1, 0.25, 1, 0.5]);
    expect(result.rmQuality).toBeCloseTo(405.25 / 600, 12);
  });

  it('takes a share directly and a stored correlation over the default', () => {
    const input = qfdInput(tiny, {
      importance: { a: 1, b: 1 },
      correlation: { p: { a: 9, b: 9 }, q: { a: 0, b: 0 } },
      fulfilment: { p: { share: 0.4 }, q: { activities: ['2.1'] } },
    });
    expect(input.fulfilment).toEqual({ p: 0.4, q: 0.5 });
    const result = qfd(tiny, input);
    expect(result.ok && result.rmQuality).toBeCloseTo(0.4, 12);
  });

  it('returns problems instead of a number for incomplete or invalid inputs', () => {
    const result = qfd(tiny, {
      scale: tiny.importanceScale,
      importance: { a: 2 },
      correlation: { p: { a: 2, b: 1 }, q: { a: 0, b: 3 } },
      fulfilment: { p: 1.5 },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'Rate the importance of B on the scale 1 to 5 (means such as 6.5 are allowed).',
        'Give the fulfilment of phase 1 P as a share between 0 and 1.',
        'The correlation of phase 1 P with A must be 0, 1, 3 or 9.',
        'Give the fulfilment of phase 2 Q as a share between 0 and 1.',
      ],
    });
    const zero = qfd(tiny, {
      scale: { min: 0, max: 5 },
      importance: { a: 0, b: 0 },
      correlation: tiny.defaultCorrelation,
      fulfilment: { p: 1, q: 1 },
    });
    expect(zero.ok).toBe(false);
  });

  it("reproduces Matook & Indulska's case: importances on 1-7 with means, absolute importances and RMQuality 0.7533", () => {
    const input = qfdInput(matookIndulska, matookIndulskaCase.qfd);
    expect(input.scale).toEqual({ min: 1, max: 7 });
    const result = qfd(matookIndulska, input);
    if (!result.ok) throw new Error(result.problems.join(' '));
    expect(Object.fromEntries(result.phases.map((p) => [p.id, p.absolute]))).toEqual(
      matookIndulskaCase.published.absolute,
    );
    expect(result.phases.map((p) => p.absolute)).toEqual([210, 168, 155, 88, 138, 255, 94.5]);
    expect(result.totalAbsolute).toBe(1108.5);
    expect(result.rmQuality.toFixed(4)).toBe('0.7533');
    expect(result.phases.map((p) => p.ticked)).toEqual([
      { done: 5, of: 6 },
      { done: 4, of: 8 },
      { done: 6, of: 6 },
      { done: 3, of: 5 },
      { done: 1, of: 4 },
      { done: 5, of: 5 },
      { done: 5, of: 6 },
    ]);
  });

  it('refuses an importance outside the study scale, and a rounded entry changes every figure', () => {
    const record = { ...matookIndulskaCase.qfd, importance: { ...matookIndulskaCase.qfd.importance, usability: 8 } };
    const refused = qfd(matookIndulska, qfdInput(matookIndulska, record));
    expect(refused.ok || refused.problems).toEqual([
      'Rate the importance of Usability on the scale 1 to 7 (means such as 6.5 are allowed).',
    ]);
    const rounded = { ...matookIndulskaCase.qfd, importance: { ...matookIndulskaCase.qfd.importance, flexibility: 6 } };
    const result = qfd(matookIndulska, qfdInput(matookIndulska, rounded));
    expect(result.ok && result.phases[0]!.absolute).toBe(214.5);
  });
});
