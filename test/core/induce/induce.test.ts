import { describe, expect, it } from 'vitest';
import { omitElement } from '../../../src/core/commands/derive.ts';
import { addElement, updateElement } from '../../../src/core/commands/elements.ts';
import { perform, startHistory, type Edit } from '../../../src/core/commands/history.ts';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import { candidateModel, frequencyText, induce } from '../../../src/core/induce/induce.ts';
import { matchElements, nameSimilarity } from '../../../src/core/induce/match.ts';
import { importValue } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { smallModel } from '../diff/fixtures.ts';

const AT = '2026-03-01T10:00:00.000Z';
const change = (doc: RefDocument, ...edits: Edit[]) =>
  edits.reduce((h, e) => perform(h, e), startHistory(doc)).document;
const element = (id: string, name: string) => ({
  id,
  type: 'delivery-process',
  name,
  description: '',
  area: 'sales',
  role: 'provider',
  optional: false,
  properties: {},
  provenance: { note: '' },
  goals: [],
});

describe('nameSimilarity', () => {
  it('is 1 for the same words in any case, order or punctuation, and low for different names', () => {
    expect(nameSimilarity('Manage complaints', 'complaints, MANAGE')).toBe(1);
    expect(nameSimilarity('Manage complaint', 'Manage complaints')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Manage complaints', 'Invoice clients')).toBeLessThan(0.4);
  });
});

describe('matchElements', () => {
  const reference = smallModel();
  const a = deriveModel(reference, { id: 'a', name: 'Company A', at: AT });
  // B renamed the process: the derivation link still matches it.
  const b = change(
    deriveModel(reference, { id: 'b', name: 'Company B', at: AT }),
    updateElement('qualify', { name: 'Score leads' }),
  );
  // C was modelled by hand: no links, so only type and name can match.
  const c = change(
    { ...smallModel(), meta: { ...smallModel().meta, id: 'c', name: 'Company C' } },
    addElement(element('complaints-c', 'Manage complaint')),
  );
  const d = change(smallModel(), addElement(element('complaints-d', 'Manage complaints')));

  it('matches by derivation link first, whatever the name', () => {
    const match = matchElements([a, b]).find((m) => m.occurrences.some((o) => o.element.name === 'Score leads'))!;
    expect(match.basis).toBe('derivation');
    expect(match.occurrences.map((o) => o.element.name)).toEqual(['Qualify lead', 'Score leads']);
  });

  it('then by type and name similarity, one element per model; a reviewer can split a match', () => {
    const matches = matchElements([c, d]);
    const complaints = matches.find((m) => m.occurrences.some((o) => o.element.id === 'complaints-c'))!;
    expect(complaints.basis).toBe('name');
    expect(complaints.occurrences.map((o) => o.element.id)).toEqual(['complaints-c', 'complaints-d']);
    expect(complaints.similarity).toBeGreaterThan(0.9);
    // A lead and an account never match: different types.
    expect(matches.find((m) => m.occurrences.some((o) => o.element.id === 'lead'))!.occurrences).toHaveLength(2);
    const split = matchElements([c, d], { split: new Set([complaints.id]) });
    expect(split.filter((m) => m.occurrences.some((o) => o.element.name.startsWith('Manage complaint')))).toHaveLength(
      2,
    );
  });

  it('does not match names below the threshold', () => {
    const e = change(smallModel(), addElement(element('complaints-e', 'Handle grievances')));
    expect(
      matchElements([c, e]).find((m) => m.occurrences.some((o) => o.element.id === 'complaints-c'))!.occurrences,
    ).toHaveLength(1);
  });
});

describe('induce and candidateModel', () => {
  const reference = smallModel();
  const derived = (id: string, ...edits: Edit[]) =>
    change(deriveModel(reference, { id, name: `Company ${id}`, at: AT }), ...edits);
  const models = [
    derived('A'),
    derived('B', omitElement('account', 'no accounts')),
    derived('C', omitElement('account'), addElement(element('loyalty', 'Manage loyalty'))),
  ];
  const induction = induce(models);
  const frequency = (id: string) => induction.candidates.find((c) => c.element.id === id)!.models.length;

  it('counts in how many models each element and relation occurs', () => {
    expect(frequency('lead')).toBe(3);
    expect(frequency('account')).toBe(1);
    expect(frequency('loyalty')).toBe(1);
    expect(frequencyText(frequency('account'), 3)).toBe('in 1 of 3 models');
    const output = induction.relations.find((r) => r.type === 'output')!;
    expect(output.models).toEqual([0]);
  });

  it('accepts the candidates over the threshold into a valid model with provenance naming the sources', () => {
    const candidate = candidateModel(induction, { id: 'candidate', name: 'Candidate', minModels: 2, at: AT });
    expect(candidate.elements.map((e) => e.id)).toEqual(['lead', 'qualify', 'speed']);
    expect(candidate.relations.map((r) => r.type)).toEqual(['input', 'measures']);
    expect(candidate.meta.sources.map((s) => s.label)).toEqual([
      'Company A',
      'Company B',
      'Company C',
      'Geib et al. 2005',
    ]);
    expect(candidate.elements[0]!.provenance).toMatchObject({
      source: 'model-company-a',
      note: 'Induced in 3 of 3 models: Company A, Company B, Company C.',
      confidence: 'high',
    });
    expect(importValue(JSON.parse(JSON.stringify(candidate)), crmBpoMetamodel).ok).toBe(true);
    const rejected = candidateModel(induction, {
      id: 'c2',
      name: 'C2',
      minModels: 1,
      rejected: new Set([induction.candidates.find((c) => c.element.id === 'loyalty')!.match.id]),
      at: AT,
    });
    expect(rejected.elements.map((e) => e.id)).toEqual(['lead', 'qualify', 'account', 'speed']);
  });
});
