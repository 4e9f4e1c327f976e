import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matookIndulska, shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { contentHash } from '../../../src/core/evaluation/content-hash.ts';
import { preAssess } from '../../../src/core/evaluation/pre-assessment.ts';
import { qfd, qfdInput } from '../../../src/core/evaluation/qfd.ts';
import { sessionCriteria } from '../../../src/core/evaluation/session.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { EvaluationRecord } from '../../../src/core/model/evaluation-record.ts';
import { findingsFor } from '../../../src/core/validation/index.ts';
import { shippedModel } from './support.ts';

// Example sessions to be merged into the shipped model (one per view).
const raw = JSON.parse(readFileSync('test/fixtures/evaluations/crm-bpo-examples.json', 'utf8')) as unknown[];
const records = raw.map((r) => EvaluationRecord.parse(r));
const doc = shippedModel();

describe('example evaluation sessions for the shipped model', () => {
  it('are complete, valid records: one per view', () => {
    expect(records.map((r) => EvaluationRecord.parse(r))).toEqual(raw);
    expect(records.map((r) => r.perspectives)).toEqual([['client'], ['customer'], ['internal']]);
  });

  it('address every criterion of their checklists, and only those, each with a reasoned note', () => {
    for (const record of records) {
      const ids = sessionCriteria(record, shippedChecklists).map((c) => c.id);
      expect(Object.keys(record.scores).sort(), record.id).toEqual([...ids].sort());
      for (const [id, entry] of Object.entries(record.scores))
        expect(entry.note.length, `${record.id} ${id}`).toBeGreaterThan(40);
    }
  });

  it('survive a canonical export and import inside the shipped model unchanged', () => {
    const merged = { ...doc, evaluations: records };
    const reread = importDocument(exportDocument(merged), crmBpoMetamodel);
    expect(reread.ok && reread.document.evaluations).toEqual(records);
    expect(reread.ok && exportDocument(reread.document)).toBe(exportDocument(merged));
  });

  it('cite only elements of the shipped model as evidence', () => {
    const ids = new Set(doc.elements.map((e) => e.id));
    const missing = records.flatMap((r) =>
      Object.entries(r.scores).flatMap(([c, s]) =>
        s.evidence.filter((id) => !ids.has(id)).map((id) => `${r.id} ${c}: ${id}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('evaluated the shipped model as it is (re-hash the fixture with contentHash() after the model changes)', () => {
    expect(records.map((r) => r.modelHash)).toEqual(records.map(() => contentHash(doc)));
  });

  it('confirm automatic proposals (queries and validation findings) only where the proposal gives that very score', () => {
    const findings = findingsFor(doc, crmBpoMetamodel);
    for (const record of records) {
      const { proposals } = preAssess(doc, sessionCriteria(record, shippedChecklists), {
        metamodel: crmBpoMetamodel,
        scale: record.scale,
        findings,
      });
      const confirmed = Object.entries(record.scores).filter(([, s]) => s.fromProposal);
      expect(confirmed.length, record.id).toBeGreaterThan(3);
      for (const [id, entry] of confirmed)
        expect(entry.score, `${record.id} ${id}`).toBe(proposals.find((p) => p.criterion === id)?.score);
    }
  });

  it('give the internal session a computable QFD check of the construction process', () => {
    const internal = records.find((r) => r.id === 'ev-internal-review')!;
    const result = qfd(matookIndulska, qfdInput(matookIndulska, internal.qfd!));
    expect(result.ok && result.rmQuality).toBeCloseTo(0.5907, 4);
  });
});
