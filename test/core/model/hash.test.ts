import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { fnv1a64, modelHash } from '../../../src/core/model/hash.ts';
import { EvaluationRecord } from '../../../src/core/model/evaluation-record.ts';
import { smallModel } from '../diff/fixtures.ts';

const evaluation = EvaluationRecord.parse({
  id: 'ev1',
  title: 'Workshop rating',
  perspectives: ['internal'],
  evaluator: { name: 'A. Rater' },
  date: '2026-03-01',
  modelHash: '0123456789abcdef',
});

describe('modelHash', () => {
  it('computes FNV-1a 64 as published (test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
  });

  it('is stable for equal content, ignores evaluations and the save time, and changes with the model', () => {
    const doc = smallModel();
    expect(modelHash(doc)).toMatch(/^[0-9a-f]{16}$/);
    expect(modelHash({ ...doc, meta: { ...doc.meta, modified: '2027-01-01T00:00:00.000Z' } })).toBe(modelHash(doc));
    expect(modelHash(structuredClone(doc))).toBe(modelHash(doc));
    expect(modelHash({ ...doc, evaluations: [evaluation] })).toBe(modelHash(doc));
    expect(modelHash(produce(doc, (d) => void (d.elements[0]!.name = 'Prospect')))).not.toBe(modelHash(doc));
  });
});
