import * as fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../../src/core/diff/apply.ts';
import { diffDocuments, isEmptyDiff } from '../../../src/core/diff/diff.ts';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import { exportDocument } from '../../../src/core/io/json.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { generateDocument } from '../../support/generate.ts';
import { shippedModel, smallModel } from './fixtures.ts';
import { applyRandomEdits, randomEdit } from './random-edits.ts';

const change = (doc: RefDocument, recipe: (draft: RefDocument) => void) => produce(doc, recipe);
function roundTrips(a: RefDocument, b: RefDocument): void {
  expect(exportDocument(applyDiff(a, diffDocuments(a, b)))).toBe(exportDocument(b));
}

describe('diffDocuments', () => {
  const a = smallModel();

  it('finds nothing between a model and itself', () => {
    expect(isEmptyDiff(diffDocuments(a, a))).toBe(true);
    expect(isEmptyDiff(diffDocuments(a, structuredClone(a)))).toBe(true);
  });

  it('reports added and removed elements with where the new one stands', () => {
    const b = change(a, (d) => {
      d.elements = d.elements.filter((e) => e.id !== 'account');
      d.elements.splice(1, 0, { ...d.elements[0]!, id: 'contact', type: 'contact', name: 'Contact' });
    });
    const diff = diffDocuments(a, b);
    expect(diff.elements.added.map((p) => [p.index, p.item.id])).toEqual([[1, 'contact']]);
    expect(diff.elements.removed.map((e) => e.id)).toEqual(['account']);
    expect(diff.elements.order).toBeNull();
    roundTrips(a, b);
  });

  it('reports changed fields with old and new values, apart from type and lane changes', () => {
    const b = change(a, (d) => {
      const lead = d.elements[0]!;
      lead.name = 'Sales lead';
      lead.properties.qualification = 'hot';
      lead.properties.source = 'fair';
      lead.type = 'contact';
      lead.area = 'operations';
    });
    const [c] = diffDocuments(a, b).elements.changed;
    expect(c!.fields).toEqual([
      { path: ['name'], from: 'Lead', to: 'Sales lead' },
      { path: ['properties', 'qualification'], from: 'cold', to: 'hot' },
      { path: ['properties', 'source'], from: undefined, to: 'fair' },
    ]);
    expect(c!.retyped).toEqual({ from: 'lead', to: 'contact' });
    expect(c!.moved).toEqual({ area: { from: 'sales', to: 'operations' } });
    roundTrips(a, b);
  });

  it('reports a change of role alone as a move, not as a field change', () => {
    const b = change(a, (d) => void (d.elements[1]!.role = 'client'));
    const [c] = diffDocuments(a, b).elements.changed;
    expect(c).toMatchObject({
      id: 'qualify',
      fields: [],
      retyped: null,
      moved: { role: { from: 'provider', to: 'client' } },
    });
  });

  it('reports relations added, removed, retyped, relabelled and reconnected', () => {
    const b = change(a, (d) => {
      d.relations = d.relations.filter((r) => r.id !== 'r3');
      d.relations.push({ id: 'r4', type: 'refers-to', source: 'lead', target: 'account', label: '' });
      d.relations[0]!.label = 'qualified';
      d.relations[1]!.type = 'input';
      d.relations[1]!.target = 'lead';
    });
    const diff = diffDocuments(a, b).relations;
    expect(diff.added.map((p) => p.item.id)).toEqual(['r4']);
    expect(diff.removed.map((r) => r.id)).toEqual(['r3']);
    expect(diff.changed).toEqual([
      { id: 'r1', from: 'r1', fields: [{ path: ['label'], from: '', to: 'qualified' }], retyped: null },
      {
        id: 'r2',
        from: 'r2',
        fields: [{ path: ['target'], from: 'account', to: 'lead' }],
        retyped: { from: 'output', to: 'input' },
      },
    ]);
    roundTrips(a, b);
  });

  it('reports view membership and layout separately from content', () => {
    const b = change(a, (d) => {
      const client = d.views[1]!;
      client.elements = ['lead', 'qualify'];
      client.name = 'For the client';
      d.views[0]!.positions.lead = { x: 50, y: 0 };
      d.views[0]!.positions.account = { x: 400, y: 0 };
      delete d.views[0]!.positions.qualify;
    });
    const diff = diffDocuments(a, b);
    expect(diff.views.changed).toEqual([
      {
        id: 'client',
        from: 'client',
        fields: [{ path: ['name'], from: 'Client view', to: 'For the client' }],
        membership: { added: ['qualify'], removed: ['account'], elements: ['lead', 'qualify'] },
      },
    ]);
    expect(diff.layout).toEqual([
      {
        view: 'full',
        moved: [{ id: 'lead', from: { x: 0, y: 0 }, to: { x: 50, y: 0 } }],
        placed: [{ id: 'account', at: { x: 400, y: 0 } }],
        unplaced: [{ id: 'qualify', at: { x: 200, y: 0 } }],
      },
    ]);
    expect(diff.elements.changed).toEqual([]);
    roundTrips(a, b);
  });

  it('resolves "all" when a view switches to an explicit member list', () => {
    const b = change(a, (d) => void (d.views[0]!.elements = ['lead', 'qualify', 'speed']));
    expect(diffDocuments(a, b).views.changed[0]!.membership).toMatchObject({ added: [], removed: ['account'] });
    roundTrips(a, b);
  });

  it('reports goals, lanes, design goals, meta, sources and method changes', () => {
    const b = change(a, (d) => {
      d.structuralGoals[0]!.acceptance = 'Covers sales, service and marketing';
      d.structuralGoals.push({
        id: 'g2',
        kind: 'scope',
        text: 'Only B2B',
        perspective: 'client',
        rationale: '',
        acceptance: '',
      });
      d.macroStructure.areas.push({ id: 'marketing', name: 'Marketing', colour: '#555555', description: '' });
      d.macroStructure.roles[1]!.name = 'BPO provider';
      d.designGoals.flowDirection = 'TB';
      d.designGoals.namingRules.push({
        id: 'verb-noun',
        appliesTo: 'category:process',
        pattern: '^[A-Z]',
        description: '',
        example: 'Qualify lead',
      });
      d.meta.version = '1.1.0';
      d.meta.sources.push({ id: 'copc', label: 'COPC-2000', citation: '' });
      d.method.currentStep = 'macro-structure';
    });
    const diff = diffDocuments(a, b);
    expect(diff.structuralGoals.changed).toEqual([
      {
        id: 'g1',
        from: 'g1',
        fields: [{ path: ['acceptance'], from: 'Covers sales and service', to: 'Covers sales, service and marketing' }],
      },
    ]);
    expect(diff.structuralGoals.added.map((p) => p.item.id)).toEqual(['g2']);
    expect(diff.macroStructure.areas.added.map((p) => p.item.id)).toEqual(['marketing']);
    expect(diff.macroStructure.roles.changed[0]!.fields).toEqual([
      { path: ['name'], from: 'Provider', to: 'BPO provider' },
    ]);
    expect(diff.designGoals.fields).toEqual([{ path: ['flowDirection'], from: 'LR', to: 'TB' }]);
    expect(diff.designGoals.namingRules.added).toHaveLength(1);
    expect(diff.meta.fields).toEqual([{ path: ['version'], from: '1.0.0', to: '1.1.0' }]);
    expect(diff.meta.sources.added.map((p) => p.item.id)).toEqual(['copc']);
    expect(diff.other.map((f) => f.path[0])).toEqual(['method']);
    roundTrips(a, b);
  });

  it('keeps a reordering of kept elements', () => {
    const b = change(a, (d) => void d.elements.reverse());
    expect(diffDocuments(a, b).elements.order).toEqual(['speed', 'account', 'qualify', 'lead']);
    roundTrips(a, b);
  });

  it('matches a derived model to its reference by derivation link, not by a coinciding id', () => {
    const derived = change(deriveModel(a, { id: 'acme', name: 'ACME CRM', at: '2026-02-01T00:00:00.000Z' }), (d) => {
      // The consultant omitted "account" and later added an unrelated element under the same id.
      d.elements = d.elements.filter((e) => e.id !== 'account');
      d.derivation!.links.account!.adaptation = 'omitted';
      d.elements.push({ ...d.elements[0]!, id: 'account', type: 'report', name: 'Account report', properties: {} });
      // A derived element with a new id that still stems from "lead".
      d.elements[0]!.id = 'acme-lead';
      d.derivation!.links['acme-lead'] = { derivedFrom: 'lead', adaptation: 'adopted', explicit: false, note: '' };
      delete d.derivation!.links.lead;
      for (const r of d.relations) if (r.source === 'lead') r.source = 'acme-lead';
    });
    const diff = diffDocuments(a, derived);
    expect(diff.matchedBy).toBe('derivation');
    expect(diff.elements.added.map((p) => p.item.name)).toEqual(['Account report']);
    expect(diff.elements.removed.map((e) => e.name)).toEqual(['Account']);
    expect(diff.elements.changed).toEqual([expect.objectContaining({ id: 'acme-lead', from: 'lead', fields: [] })]);
    expect(diff.relations.changed).toEqual([]);
    roundTrips(a, derived);
    roundTrips(derived, a);
  });
});

describe('applyDiff rebuilds the second model (property)', () => {
  const edits = fc.array(randomEdit, { maxLength: 14 });

  it('for random edits of the shipped model', () => {
    const base = shippedModel();
    fc.assert(
      fc.property(edits, edits, (e1, e2) => roundTrips(applyRandomEdits(base, e1), applyRandomEdits(base, e2))),
      { numRuns: 60 },
    );
  });

  it('for random edits of a generated model with several views', () => {
    const base = change(generateDocument(40), (d) => {
      d.views.push({
        id: 'client',
        name: 'Client',
        perspective: 'client',
        description: '',
        elements: ['e1', 'e2', 'e3', 'e7'],
        positions: { e1: { x: 0, y: 0 }, e7: { x: 100, y: 50 } },
      });
    });
    fc.assert(
      fc.property(edits, (e) => roundTrips(base, applyRandomEdits(base, e))),
      { numRuns: 150 },
    );
  });

  it('for a reference model and a randomly adapted derived model, both ways', () => {
    const reference = smallModel();
    const derived = deriveModel(reference, { id: 'acme', name: 'ACME', at: '2026-02-01T00:00:00.000Z' });
    fc.assert(
      fc.property(edits, (e) => {
        const b = applyRandomEdits(derived, e);
        roundTrips(reference, b);
        roundTrips(b, reference);
      }),
      { numRuns: 150 },
    );
  });
});
