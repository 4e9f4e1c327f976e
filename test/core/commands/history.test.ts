import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addElement,
  connect,
  deleteElements,
  deleteSelection,
  moveElements,
  removeFromView,
  setPositions,
  updateElement,
  addToView,
} from '../../../src/core/commands/elements.ts';
import {
  edit,
  perform,
  redo,
  startHistory,
  undo,
  type Edit,
  type History,
} from '../../../src/core/commands/history.ts';
import { newElement } from '../../../src/core/model/factory.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { shippedModel } from '../../support/models.ts';

const initial = shippedModel();
const contactType = crmBpoMetamodel.elementType('contact')!;

/** A random command against the current document, as a user could issue it. */
const commandArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), area: fc.constantFrom('sales', 'operations', null), x: fc.nat(900) }),
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.nat(900),
    y: fc.nat(900),
    role: fc.constantFrom('client', 'provider', 'customer'),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('hide' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('show' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('layout' as const), x: fc.nat(500) }),
);

type Command = typeof commandArb extends fc.Arbitrary<infer T> ? T : never;

function toEdit(doc: RefDocument, c: Command): Edit {
  const at = (n: number) => doc.elements[n % Math.max(1, doc.elements.length)];
  switch (c.kind) {
    case 'add':
      return addElement(newElement(doc, contactType, { area: c.area }), { viewId: 'full', position: { x: c.x, y: 0 } });
    case 'rename':
      return updateElement(at(c.pick)?.id ?? 'none', { name: c.name });
    case 'move':
      return moveElements('full', [{ id: at(c.pick)?.id ?? 'none', position: { x: c.x, y: c.y }, role: c.role }]);
    case 'delete':
      return deleteElements([at(c.pick)?.id ?? 'none']);
    case 'connect': {
      const checked = connect(doc, crmBpoMetamodel, {
        id: `rel-${doc.relations.length}-${c.a}`,
        type: 'flow',
        source: at(c.a)?.id ?? 'x',
        target: at(c.b)?.id ?? 'y',
        label: '',
      });
      return checked.ok ? checked.edit : edit({ id: 'paste.refused' }, () => {});
    }
    case 'hide':
      return removeFromView('client', [at(c.pick)?.id ?? 'none']);
    case 'show':
      return addToView('client', [at(c.pick)?.id ?? 'none'], { [at(c.pick)?.id ?? 'none']: { x: 1, y: 2 } });
    default:
      return setPositions(
        'full',
        Object.fromEntries(doc.elements.slice(0, 5).map((e, i) => [e.id, { x: c.x + i, y: i }])),
      );
  }
}

describe('history', () => {
  it('gives back the initial document after any commands and undo-all, and the final one after redo-all', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
        let h: History = startHistory(initial);
        for (const c of commands) h = perform(h, toEdit(h.document, c));
        const final = h.document;
        const steps = h.past.length;
        for (let i = 0; i < steps; i++) h = undo(h);
        expect(h.document).toEqual(initial);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(h.document).toEqual(final);
      }),
      { numRuns: 150 },
    );
  });

  it('records nothing for an edit that changes nothing', () => {
    const h = perform(startHistory(initial), updateElement('no-such-id', { name: 'x' }));
    expect(h.past).toEqual([]);
  });

  it('names each step so the undo button can say what it undoes', () => {
    const el = initial.elements[0]!;
    const h = perform(startHistory(initial), updateElement(el.id, { name: 'Renamed' }));
    expect(h.past.at(-1)?.label).toEqual({ id: 'element.rename-to', params: { name: 'Renamed' } });
  });

  it('deletes elements with their relations and view places as one step', () => {
    const process = initial.relations[0]!.source;
    const h = perform(startHistory(initial), deleteSelection([process], []));
    expect(h.past).toHaveLength(1);
    expect(h.document.relations.some((r) => r.source === process || r.target === process)).toBe(false);
    expect(
      h.document.views.every(
        (v) => !(process in v.positions) && (v.elements === 'all' || !v.elements.includes(process)),
      ),
    ).toBe(true);
    expect(undo(h).document).toEqual(initial);
  });

  it('moves an element across lanes and back as one undo step', () => {
    const el = initial.elements.find((e) => e.role === 'client')!;
    const h = perform(
      startHistory(initial),
      moveElements('full', [{ id: el.id, position: { x: 10, y: 10 }, role: 'customer', area: 'operations' }]),
    );
    expect(h.document.elements.find((e) => e.id === el.id)).toMatchObject({ role: 'customer', area: 'operations' });
    expect(undo(h).document.elements.find((e) => e.id === el.id)).toMatchObject({ role: 'client', area: el.area });
  });
});
