import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyFragment, Fragment, pasteFragment } from '../../../src/core/commands/clipboard.ts';
import { checkEdit, type Checked } from '../../../src/core/commands/command.ts';
import {
  addElement,
  connect,
  deleteElements,
  moveElements,
  updateElement,
  updateRelation,
} from '../../../src/core/commands/elements.ts';
import { perform, startHistory, type Edit } from '../../../src/core/commands/history.ts';
import { crmBpoMetamodel as metamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { newElement } from '../../../src/core/model/factory.ts';
import { documentProblems } from '../../../src/core/model/document-problems.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { shippedModel } from '../../support/models.ts';

const initial = shippedModel();
const elementTypes = metamodel.data.elementTypes.map((t) => t.id);
const relationTypes = metamodel.data.relationTypes.map((t) => t.id);

// Text around the limits (200 for names and labels, 20,000 for descriptions), blank, and hostile.
const name = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 195, max: 205 }).map((n) => 'n'.repeat(n)),
  fc.constantFrom(' ', '\u202Eexe.jpg', '<script>'),
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 19_995, max: 20_005 }).map((n) => 't'.repeat(n)),
);
const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.constantFrom(1e300, -1e300, 1e7, 1e7 + 1, Number.NaN, Infinity),
);
const id = fc.constantFrom('lead', 'product', 'contact', 'campaign', 'gone', 'a-2', 'a-3', 'x');

/** A fragment as another model (or a hand-edited clipboard) could hold: any types, references and relation ends. */
const fragment = fc
  .record({
    elements: fc.array(
      fc.record({
        id,
        type: fc.oneof(fc.constantFrom(...elementTypes), fc.constant('spaceship')),
        name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        area: fc.constantFrom('sales', 'nowhere', null),
        role: fc.constantFrom('client', 'nowhere', null),
        goals: fc.array(fc.constantFrom('sg-purpose', 'no-goal'), { maxLength: 2 }),
        provenance: fc.record({ note: fc.constant(''), source: fc.constantFrom('geib-2005', 'no-source') }),
      }),
      { maxLength: 5 },
    ),
    relations: fc.array(
      fc.record({
        id,
        type: fc.oneof(fc.constantFrom(...relationTypes), fc.constant('bogus')),
        source: id,
        target: id,
        label: fc.string({ maxLength: 5 }),
      }),
      { maxLength: 6 },
    ),
    positions: fc.dictionary(
      id,
      fc.record({ x: fc.integer({ min: -1e7, max: 1e7 }), y: fc.integer({ min: -1e7, max: 1e7 }) }),
    ),
  })
  .map((f) => Fragment.parse({ refmod: 'fragment', ...f }));

const commandArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), type: fc.constantFrom(...elementTypes), name, x: coordinate }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name }),
  fc.record({ kind: fc.constant('describe' as const), pick: fc.nat(), text }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    x: coordinate,
    y: coordinate,
    area: fc.constantFrom('sales', 'nowhere', null),
  }),
  fc.record({
    kind: fc.constant('connect' as const),
    a: fc.nat(),
    b: fc.nat(),
    type: fc.constantFrom(...relationTypes, 'bogus'),
    label: name,
  }),
  fc.record({
    kind: fc.constant('relabel' as const),
    pick: fc.nat(),
    type: fc.constantFrom(...relationTypes),
    label: name,
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('paste' as const), fragment }),
  fc.record({
    kind: fc.constant('copy-paste' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    x: coordinate,
  }),
);
type Command = typeof commandArb extends fc.Arbitrary<infer T> ? T : never;

const accept = (edit: Edit): Checked => ({ ok: true, edit });

/** The command a user (or a file) could issue, as the doors issue it: through core's check. */
function toCommand(doc: RefDocument, c: Command): Checked {
  const element = (n: number) => doc.elements[n % Math.max(1, doc.elements.length)]?.id ?? 'none';
  const check = (edit: Edit) => checkEdit(doc, metamodel, edit);
  switch (c.kind) {
    case 'add':
      return check(
        addElement(newElement(doc, metamodel.elementType(c.type)!, { name: c.name }), {
          viewId: 'client',
          position: { x: c.x, y: 0 },
        }),
      );
    case 'rename':
      return check(updateElement(element(c.pick), { name: c.name.trim() }));
    case 'describe':
      return check(updateElement(element(c.pick), { description: c.text }));
    case 'move':
      return check(moveElements('client', [{ id: element(c.pick), position: { x: c.x, y: c.y }, area: c.area }]));
    case 'connect':
      return connect(doc, metamodel, {
        id: `r-${doc.relations.length}-${c.a}`,
        type: c.type,
        source: element(c.a),
        target: element(c.b),
        label: c.label,
      });
    case 'relabel':
      return updateRelation(doc, metamodel, doc.relations[c.pick % Math.max(1, doc.relations.length)]?.id ?? 'none', {
        type: c.type,
        label: c.label,
      });
    case 'delete':
      return check(deleteElements([element(c.pick)]));
    case 'paste':
      return accept(pasteFragment(doc, c.fragment, 'client', metamodel).edit);
    case 'copy-paste': {
      const ids = [...new Set(c.picks.map(element))];
      const copied = copyFragment(doc, ids, Object.fromEntries(ids.map((i) => [i, { x: c.x, y: c.x }])));
      return accept(pasteFragment(doc, copied, 'full', metamodel).edit);
    }
  }
}

describe('checked commands', () => {
  it('never produce a document that fails the schema or the integrity check, whatever the commands and pasted fragments', () => {
    const changed = { steps: 0, pastes: 0 };
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 20 }), (commands) => {
        let history = startHistory(initial);
        for (const c of commands) {
          const command = toCommand(history.document, c);
          const before = history.document;
          if (command.ok) history = perform(history, command.edit);
          expect(documentProblems(history.document, metamodel)).toEqual([]);
          if (history.document !== before) changed[c.kind.endsWith('paste') ? 'pastes' : 'steps']++;
        }
      }),
      // A fixed seed: the checks below count how much the runs changed, which must not depend on the draw.
      { numRuns: 40, seed: 20261207 },
    );
    // Not vacuous: many commands, pastes among them, did change the model.
    expect(changed.steps).toBeGreaterThan(50);
    expect(changed.pastes).toBeGreaterThan(10);
  });

  it('would catch a broken document: the same recipes unchecked can break one', () => {
    const lead = initial.elements[0]!.id;
    const raw = (edit: Edit) => documentProblems(perform(startHistory(initial), edit).document, metamodel);
    expect(raw(moveElements('client', [{ id: lead, position: { x: 1e300, y: 0 } }]))[0]?.message).toBe(
      'A position lies within ±10,000,000.',
    );
    expect(raw(updateElement(lead, { name: 'n'.repeat(201) }))[0]?.message).toBe(
      'A name can have at most 200 characters; this one has 201.',
    );
  });
});
