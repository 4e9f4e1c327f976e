import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import { exportDocument, importValue } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { modelHash } from '../../../src/core/model/hash.ts';
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

describe('deriveModel', () => {
  const reference = { ...smallModel(), evaluations: [evaluation] };
  const derived = deriveModel(reference, { id: 'acme-crm', name: 'ACME CRM', at: '2026-03-01T10:00:00.000Z' });

  it('copies the content under a new identity and leaves the evaluations with the reference', () => {
    expect(derived.meta).toMatchObject({
      id: 'acme-crm',
      name: 'ACME CRM',
      version: '0.1.0',
      created: '2026-03-01T10:00:00.000Z',
    });
    expect(derived.elements).toEqual(reference.elements);
    expect(derived.relations).toEqual(reference.relations);
    expect(derived.evaluations).toEqual([]);
  });

  it('stamps the reference and links every element as adopted', () => {
    expect(derived.derivation!.reference).toEqual({
      id: 'small',
      name: 'Small CRM model',
      version: '1.0.0',
      hash: modelHash(reference),
      derivedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(Object.keys(derived.derivation!.links)).toEqual(['lead', 'qualify', 'account', 'speed']);
    expect(derived.derivation!.links.lead).toEqual({
      derivedFrom: 'lead',
      adaptation: 'adopted',
      explicit: false,
      note: '',
    });
  });

  it('produces a model that saves and opens again unchanged', () => {
    const reopened = importValue(JSON.parse(exportDocument(derived)), crmBpoMetamodel);
    expect(reopened.ok && exportDocument(reopened.document)).toBe(exportDocument(derived));
  });

  it('does not share objects with the reference', () => {
    derived.elements[0]!.properties.qualification = 'hot';
    expect(reference.elements[0]!.properties.qualification).toBe('cold');
  });
});
