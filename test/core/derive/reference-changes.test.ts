import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { omitElement, takeOver } from '../../../src/core/commands/derive.ts';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import { conformance } from '../../../src/core/derive/conformance.ts';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import { referenceChanges } from '../../../src/core/derive/reference-changes.ts';
import { importValue } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { modelHash } from '../../../src/core/model/hash.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { smallModel } from '../diff/fixtures.ts';

const oldReference = smallModel();
const derive = () => deriveModel(oldReference, { id: 'acme', name: 'ACME CRM', at: '2026-03-01T00:00:00.000Z' });

/** The reference model one release later. */
const newReference = produce(oldReference, (d) => {
  d.meta.version = '1.1.0';
  d.macroStructure.areas.push({ id: 'marketing', name: 'Marketing', colour: '#555555', description: '' });
  d.elements.push({
    id: 'campaign',
    type: 'campaign',
    name: 'Campaign',
    description: '',
    area: 'marketing',
    role: 'client',
    optional: false,
    properties: {},
    provenance: { note: '' },
    goals: [],
  });
  d.relations.push({ id: 'r5', type: 'input', source: 'campaign', target: 'qualify', label: '' });
  d.elements[0]!.name = 'Sales lead'; // lead
  d.elements[0]!.description = 'A person who may buy';
  d.elements[1]!.role = 'client'; // qualify moves to the client
  d.elements = d.elements.filter((e) => e.id !== 'account');
  d.relations = d.relations.filter((r) => r.id !== 'r2');
  d.relations.find((r) => r.id === 'r1')!.label = 'new leads';
  d.views[1]!.elements = ['lead', 'account', 'campaign'];
  d.views[1]!.positions.campaign = { x: 300, y: 300 };
});

const keys = (doc: RefDocument) =>
  referenceChanges(oldReference, newReference, doc).map((c) => `${c.key}${c.conflict ? ' (conflict)' : ''}`);

describe('referenceChanges', () => {
  it('lists every change of the reference in the terms of the derived model', () => {
    expect(keys(derive())).toEqual([
      'area:added:marketing',
      'element:added:campaign',
      'element:changed:lead',
      'element:changed:qualify',
      'element:removed:account',
      'relation:added:r5',
      'relation:changed:r1',
      'relation:removed:r2',
    ]);
    const lead = referenceChanges(oldReference, newReference, derive()).find((c) => c.key === 'element:changed:lead')!;
    expect(lead).toMatchObject({
      targets: ['lead'],
      conflict: null,
      summary: 'The reference model changed name, description of "Sales lead".',
    });
    const r5 = referenceChanges(oldReference, newReference, derive()).find((c) => c.key === 'relation:added:r5')!;
    expect(r5.requires).toEqual(['element:added:campaign']);
  });

  it('marks changes that clash with local adaptations', () => {
    const derived = produce(derive(), (d) => {
      d.elements[0]!.name = 'Prospect'; // renamed locally, renamed differently in the reference
      d.elements[2]!.properties.segment = 'B2B'; // account specialised locally, removed in the reference
    });
    const changes = referenceChanges(oldReference, newReference, derived);
    expect(changes.find((c) => c.key === 'element:changed:lead')!.conflict).toBe(
      'Changed locally as well: name is "Prospect" here, "Sales lead" in the reference.',
    );
    expect(changes.find((c) => c.key === 'element:removed:account')!.conflict).toBe(
      '"Account" was specialised locally; taking over deletes it.',
    );
  });

  it('leaves out changes the derived model already has and elements it omitted', () => {
    const derived = produce(perform(startHistory(derive()), omitElement('account')).document, (d) => {
      d.elements[0]!.name = 'Sales lead';
      d.elements[0]!.description = 'A person who may buy';
    });
    expect(keys(derived)).not.toContain('element:changed:lead');
    expect(keys(derived)).not.toContain('element:removed:account');
  });

  it('flags a new reference relation whose end was omitted locally', () => {
    const reference2 = produce(
      oldReference,
      (d) => void d.relations.push({ id: 'r7', type: 'refers-to', source: 'account', target: 'lead', label: '' }),
    );
    const derived = perform(startHistory(derive()), omitElement('account')).document;
    const [change] = referenceChanges(oldReference, reference2, derived);
    expect(change).toMatchObject({ key: 'relation:added:r7', conflict: 'account was omitted in the derived model.' });
  });

  it('offers to link a local look-alike instead of adding a duplicate', () => {
    const derived = produce(
      derive(),
      (d) =>
        void d.elements.push({
          ...d.elements[0]!,
          id: 'acme-campaign',
          type: 'campaign',
          name: 'campaign',
          properties: {},
        }),
    );
    const change = referenceChanges(oldReference, newReference, derived).find(
      (c) => c.key === 'element:added:campaign',
    )!;
    expect(change.targets).toEqual(['acme-campaign']);
    expect(change.conflict).toContain('already has its own "campaign"');
  });
});

describe('takeOver', () => {
  it('applies all changes as one undo step and the result equals the new reference in content', () => {
    const derived = derive();
    const history = perform(
      startHistory(derived),
      takeOver(referenceChanges(oldReference, newReference, derived), newReference, '2026-04-01T00:00:00.000Z'),
    );
    const after = history.document;
    expect(after.elements).toEqual(newReference.elements);
    expect(after.relations.map((r) => r.id).sort()).toEqual(newReference.relations.map((r) => r.id).sort());
    expect(after.macroStructure.areas.map((a) => a.id)).toContain('marketing');
    expect(after.views[1]!.elements).toContain('campaign');
    expect(after.derivation!.reference).toEqual({
      id: 'small',
      name: 'Small CRM model',
      version: '1.1.0',
      hash: modelHash(newReference),
      derivedAt: '2026-04-01T00:00:00.000Z',
    });
    expect(after.derivation!.links.campaign).toMatchObject({ derivedFrom: 'campaign', adaptation: 'adopted' });
    expect(after.derivation!.links.account).toBeUndefined();
    expect(importValue(after, crmBpoMetamodel).ok).toBe(true);
    expect(conformance(newReference, after).deviations).toEqual([]);
    expect(referenceChanges(newReference, newReference, after)).toEqual([]);
    expect(undo(history).document).toEqual(derived);
  });

  it('takes over only the chosen changes and brings the lane a new element needs', () => {
    const derived = derive();
    const chosen = referenceChanges(oldReference, newReference, derived).filter(
      (c) => c.key === 'element:added:campaign',
    );
    const after = perform(startHistory(derived), takeOver(chosen, newReference)).document;
    expect(after.elements.map((e) => e.id)).toEqual(['lead', 'qualify', 'account', 'speed', 'campaign']);
    expect(after.macroStructure.areas.map((a) => a.id)).toEqual(['sales', 'operations', 'marketing']);
    expect(after.elements[0]!.name).toBe('Lead');
    expect(importValue(after, crmBpoMetamodel).ok).toBe(true);
  });

  it('gives a taken-over element a free id when a local element already uses it', () => {
    const derived = produce(
      derive(),
      (d) =>
        void d.elements.push({
          ...d.elements[0]!,
          id: 'campaign',
          type: 'report',
          name: 'Campaign report',
          properties: {},
        }),
    );
    const changes = referenceChanges(oldReference, newReference, derived).filter(
      (c) => (c.subject === 'element' && c.kind === 'added') || c.key === 'relation:added:r5',
    );
    const after = perform(startHistory(derived), takeOver(changes, newReference)).document;
    expect(after.elements.map((e) => e.id)).toContain('campaign-2');
    expect(after.relations.find((r) => r.id === 'r5')).toMatchObject({ source: 'campaign-2', target: 'qualify' });
    expect(after.derivation!.links['campaign-2']!.derivedFrom).toBe('campaign');
  });

  it('clears a removed lane from the elements that used it', () => {
    const reference2 = produce(
      oldReference,
      (d) => void (d.macroStructure.areas = d.macroStructure.areas.filter((a) => a.id !== 'operations')),
    );
    const derived = derive();
    const changes = referenceChanges(oldReference, reference2, derived);
    expect(changes.map((c) => [c.key, c.conflict])).toEqual([
      ['area:removed:operations', '1 element of the derived model uses it; taking over clears it there.'],
    ]);
    const after = perform(startHistory(derived), takeOver(changes, reference2)).document;
    expect(after.elements.find((e) => e.id === 'speed')!.area).toBeNull();
    expect(importValue(after, crmBpoMetamodel).ok).toBe(true);
  });
});
