import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import { omitElement, recordAdaptations, setAdaptation } from '../../../src/core/commands/derive.ts';
import { classifyAdaptations } from '../../../src/core/derive/adaptations.ts';
import { conformance } from '../../../src/core/derive/conformance.ts';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { smallModel } from '../diff/fixtures.ts';

const reference = smallModel();
const fresh = () => deriveModel(reference, { id: 'acme', name: 'ACME CRM', at: '2026-03-01T00:00:00.000Z' });
const byElement = (doc: RefDocument) =>
  Object.fromEntries(classifyAdaptations(reference, doc).map((r) => [r.element, r.adaptation]));

describe('classifyAdaptations', () => {
  it('infers each adaptation from the state of the derived model', () => {
    const derived = produce(fresh(), (d) => {
      d.elements[0]!.name = 'Prospect'; // lead: renamed, and extended below, which is the stronger adaptation
      d.elements[1]!.type = 'customer-related-process'; // qualify: specialised
      d.relations.push({ id: 'r9', type: 'refers-to', source: 'account', target: 'lead', label: '' }); // account and lead: extended
      d.elements = d.elements.filter((e) => e.id !== 'speed'); // speed: omitted
      d.elements.push({ ...d.elements[0]!, id: 'complaint', type: 'complaint', name: 'Complaint', properties: {} }); // new
    });
    expect(byElement(derived)).toEqual({
      lead: 'extended',
      qualify: 'specialised',
      account: 'extended',
      complaint: 'new',
      speed: 'omitted',
    });
    const lead = classifyAdaptations(reference, derived).find((r) => r.element === 'lead')!;
    expect(lead).toMatchObject({ fields: ['name'], newRelations: ['r9'], derivedFrom: 'lead', explicit: false });
  });

  it('calls a pure name change a rename, and added properties a specialisation', () => {
    const derived = produce(fresh(), (d) => {
      d.elements[0]!.name = 'Prospect';
      d.elements[2]!.properties.segment = 'B2B';
    });
    expect(byElement(derived)).toMatchObject({ lead: 'renamed', account: 'specialised', qualify: 'adopted' });
  });

  it('lets a decision by a person override the inferred adaptation, with its reason, and undo it', () => {
    let history = startHistory(fresh());
    history = perform(history, setAdaptation('qualify', 'specialised', 'Qualification follows the ACME scoring'));
    const record = classifyAdaptations(reference, history.document).find((r) => r.element === 'qualify')!;
    expect(record).toMatchObject({
      adaptation: 'specialised',
      inferred: 'adopted',
      explicit: true,
      note: 'Qualification follows the ACME scoring',
    });
    history = perform(history, setAdaptation('qualify', null));
    expect(byElement(history.document).qualify).toBe('adopted');
    history = undo(undo(history));
    expect(history.document.derivation!.links.qualify).toEqual({
      derivedFrom: 'qualify',
      adaptation: 'adopted',
      explicit: false,
      note: '',
    });
  });

  it('omits an element as one undoable step that keeps the link', () => {
    let history = perform(startHistory(fresh()), omitElement('speed', 'ACME measures no speed'));
    expect(history.document.elements.map((e) => e.id)).not.toContain('speed');
    expect(history.document.relations.map((r) => r.id)).not.toContain('r3');
    expect(history.document.derivation!.links.speed).toEqual({
      derivedFrom: 'speed',
      adaptation: 'omitted',
      explicit: true,
      note: 'ACME measures no speed',
    });
    history = undo(history);
    expect(history.document.elements.map((e) => e.id)).toContain('speed');
    expect(history.document.derivation!.links.speed!.adaptation).toBe('adopted');
  });

  it('treats an element that took the id of an omitted one as new', () => {
    const derived = produce(perform(startHistory(fresh()), omitElement('account')).document, (d) => {
      d.elements.push({ ...d.elements[0]!, id: 'account', type: 'report', name: 'Account report', properties: {} });
    });
    const records = classifyAdaptations(reference, derived).filter((r) => r.element === 'account');
    expect(records.map((r) => [r.adaptation, r.derivedFrom])).toEqual([
      ['new', null],
      ['omitted', 'account'],
    ]);
  });

  it('records inferred adaptations in the links but keeps explicit decisions', () => {
    let history = perform(startHistory(fresh()), setAdaptation('account', 'extended'));
    history = perform(history, {
      label: { id: 'room.change' },
      apply: (d) => void ((d.elements[0]!.name = 'Prospect'), (d.elements[2]!.name = 'Customer account')),
    });
    history = perform(history, recordAdaptations(reference));
    const links = history.document.derivation!.links;
    expect([links.lead!.adaptation, links.account!.adaptation, links.qualify!.adaptation]).toEqual([
      'renamed',
      'extended',
      'adopted',
    ]);
  });
});

describe('conformance', () => {
  it('is full for an untouched derived model', () => {
    const result = conformance(reference, fresh());
    expect(result).toMatchObject({ referenceElements: 4, reused: 4, coverage: 1, deviations: [] });
    expect(result.counts.adopted).toBe(4);
  });

  it('measures coverage, counts adaptations and lists every deviation', () => {
    const derived = produce(perform(startHistory(fresh()), omitElement('speed', 'not measured')).document, (d) => {
      d.elements[0]!.name = 'Prospect';
      d.relations = d.relations.filter((r) => r.id !== 'r2');
      d.elements.push({ ...d.elements[0]!, id: 'complaint', type: 'complaint', name: 'Complaint', properties: {} });
    });
    const result = conformance(reference, derived);
    expect(result.coverage).toBe(0.75);
    expect(result.counts).toEqual({ adopted: 2, specialised: 0, extended: 0, renamed: 1, omitted: 1, new: 1 });
    expect(result.deviations.map((d) => d.message)).toEqual([
      '"Prospect" renames "Lead".',
      '"Complaint" is new: the reference model has no such element.',
      '"Speed of answer" of the reference model was omitted (not measured).',
      'The relation "output" from "Qualify lead" to "Account" was omitted.',
    ]);
  });

  it('counts a reference element added after derivation as not reused', () => {
    const newer = produce(
      reference,
      (d) =>
        void d.elements.push({ ...d.elements[0]!, id: 'campaign', type: 'campaign', name: 'Campaign', properties: {} }),
    );
    const result = conformance(newer, fresh());
    expect(result.coverage).toBe(0.8);
    expect(result.deviations).toMatchObject([
      {
        subject: 'element',
        id: 'campaign',
        adaptation: 'omitted',
        message: '"Campaign" of the reference model has no counterpart in the derived model.',
      },
    ]);
  });
});
