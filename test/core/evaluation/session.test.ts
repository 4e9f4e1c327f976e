import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { contentHash } from '../../../src/core/evaluation/content-hash.ts';
import {
  checklistsFor,
  isCurrent,
  newEvaluation,
  resolveChecklists,
  sessionCriteria,
} from '../../../src/core/evaluation/session.ts';
import { EvaluationRecord } from '../../../src/core/model/evaluation-record.ts';
import { model } from './support.ts';

const doc = model([{ id: 'p', type: 'delivery-process' }]);

describe('evaluation sessions', () => {
  it('starts a valid, unscored session on the current model with the checklists of its perspectives', () => {
    const record = newEvaluation(
      doc,
      {
        id: 'ev1',
        title: 'Client workshop',
        perspectives: ['client'],
        evaluator: { name: 'A. Berger' },
        date: '2026-03-02',
      },
      shippedChecklists,
    );
    expect(EvaluationRecord.parse(record)).toEqual(record);
    expect(record.checklists).toEqual([
      { id: 'crm-bpo-common', version: '1.0.0' },
      { id: 'crm-bpo-client', version: '1.1.0' },
    ]);
    expect(record.modelHash).toBe(contentHash(doc));
    expect(isCurrent(record, doc)).toBe(true);
    expect(isCurrent(record, model([{ id: 'q', type: 'delivery-process' }]))).toBe(false);
  });

  it('scores each criterion once, common items first', () => {
    const record = newEvaluation(
      doc,
      {
        id: 'ev2',
        title: 'All views',
        perspectives: ['internal', 'customer'],
        evaluator: { name: 'B' },
        date: '2026-03-02',
      },
      shippedChecklists,
    );
    const ids = sessionCriteria(record, shippedChecklists).map((c) => c.id);
    expect(ids).toHaveLength(8 + 12 + 13);
    expect(ids.slice(0, 9)).toEqual(['C0.1', 'C0.2', 'C0.3', 'C0.4', 'C0.5', 'C0.6', 'C0.7', 'C0.8', 'CU.1']);
    expect(checklistsFor(['customer'], shippedChecklists).map((c) => c.id)).toEqual([
      'crm-bpo-common',
      'crm-bpo-customer',
    ]);
  });

  it('reports recorded checklists that are missing or available only in another version', () => {
    const record = newEvaluation(
      doc,
      { id: 'ev3', title: 'Old', perspectives: ['client'], evaluator: { name: 'C' }, date: '2026-03-02' },
      shippedChecklists,
    );
    const old = {
      ...record,
      checklists: [
        { id: 'crm-bpo-common', version: '0.9.0' },
        { id: 'retired-list', version: '1.0.0' },
        { id: 'crm-bpo-client', version: '1.1.0' },
      ],
    };
    const resolved = resolveChecklists(old, shippedChecklists);
    expect(resolved.checklists.map((c) => c.id)).toEqual(['crm-bpo-common', 'crm-bpo-client']);
    expect(resolved.missing).toEqual([{ id: 'retired-list', version: '1.0.0' }]);
    expect(resolved.changed).toEqual([{ id: 'crm-bpo-common', recorded: '0.9.0', available: '1.0.0' }]);
  });
});

describe('the evaluation record schema', () => {
  const base = {
    id: 'ev',
    title: 'T',
    perspectives: ['client'],
    evaluator: { name: 'A' },
    date: '2026-03-02',
    modelHash: '0123456789abcdef',
  };

  it('fills defaults and accepts scores, N/A and unscored on the session scale', () => {
    const parsed = EvaluationRecord.parse({
      ...base,
      scale: '1-5',
      scores: { 'CL.1': { score: 5 }, 'CL.2': { score: 'na' }, 'CL.3': {} },
    });
    expect(parsed.scores['CL.3']).toEqual({ score: null, note: '', evidence: [], fromProposal: false });
    expect(parsed.weights).toEqual({});
  });

  it('rejects scores off the scale, repeated perspectives, bad dates and hashes', () => {
    const issues = (value: unknown) =>
      EvaluationRecord.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(issues({ ...base, scores: { 'CL.1': { score: 3 } } })).toEqual(['scores.CL.1.score']);
    expect(issues({ ...base, scale: '1-5', scores: { 'CL.1': { score: 0 } } })).toEqual(['scores.CL.1.score']);
    expect(issues({ ...base, perspectives: ['client', 'client'] })).toEqual(['perspectives']);
    expect(issues({ ...base, perspectives: [] })).toEqual(['perspectives']);
    expect(issues({ ...base, date: '2 March' })).toEqual(['date']);
    expect(issues({ ...base, modelHash: 'xyz' })).toEqual(['modelHash']);
  });
});
