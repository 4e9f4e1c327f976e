import { describe, expect, it } from 'vitest';
import { addElement, connect, deleteElements, updateElement } from '../../src/core/commands/elements.ts';
import { newElement } from '../../src/core/model/factory.ts';
import { edit } from '../../src/core/commands/history.ts';
import { exportDocument } from '../../src/core/io/json.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { crmBpoMetamodel as metamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { integrityProblems } from '../../src/core/model/integrity.ts';
import { RefDocument } from '../../src/core/model/schema.ts';
import { reply, startThread } from '../../src/collab/comments.ts';
import { shippedModel } from '../support/models.ts';
import { joinRoom, room, type Peer } from './peers.ts';

const shipped = shippedModel();
const [first, second] = [shipped.elements[0]!, shipped.elements[1]!];
const relation = shipped.relations[0]!;

/** The model a peer shows, as its file: what "equal" means for two people in a room. */
const file = (p: Peer) => exportDocument(p.doc);

function expectValid(p: Peer) {
  expect(RefDocument.safeParse(p.doc).success).toBe(true);
  expect(integrityProblems(p.doc, metamodel)).toEqual([]);
}

describe('a model shared in a room', () => {
  it('shows one person’s edit to the other, admitted by core, with the same file order', () => {
    const {
      peers: [a, b],
    } = room(shipped, 2);
    expect(file(b!)).toBe(file(a!));
    a!.perform(updateElement(first.id, { name: 'Renamed by Anna' }));
    expect(b!.doc.elements.find((e) => e.id === first.id)?.name).toBe('Renamed by Anna');
    expect(b!.doc.elements[1]).toBe(b!.doc.elements[1]);
    expect(file(b!)).toBe(file(a!));
  });

  it('keeps unchanged items as they were, so only the changed one is checked and redrawn', () => {
    const {
      peers: [a, b],
    } = room(shipped, 2);
    const before = b!.doc;
    a!.perform(updateElement(first.id, { name: 'Only this' }));
    expect(b!.doc.elements[1]).toBe(before.elements[1]);
    expect(b!.doc.relations).toBe(before.relations);
    expect(b!.doc.meta).toBe(before.meta);
  });

  it('undoes only the person’s own commands, one at a time, under their labels', () => {
    const {
      peers: [a, b],
    } = room(shipped, 2);
    a!.perform(updateElement(first.id, { name: 'Anna’s name' }));
    b!.perform(updateElement(second.id, { name: 'Ben’s name' }));
    expect(a!.labels.undo).toEqual(['Rename to Anna’s name']);
    expect(b!.labels.undo).toEqual(['Rename to Ben’s name']);
    a!.binding.undo();
    for (const p of [a!, b!]) {
      expect(p.doc.elements.find((e) => e.id === first.id)?.name).toBe(first.name);
      expect(p.doc.elements.find((e) => e.id === second.id)?.name).toBe('Ben’s name');
    }
    expect(a!.labels).toEqual({ undo: [], redo: ['Rename to Anna’s name'] });
    a!.binding.redo();
    expect(b!.doc.elements.find((e) => e.id === first.id)?.name).toBe('Anna’s name');
  });

  it('ends a concurrent rename and delete of one element valid and equal for both, and tells both', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    net.online = false;
    a!.perform(updateElement(first.id, { name: 'Renamed offline' }));
    b!.perform(deleteElements([first.id]));
    net.reconnect();
    expect(file(a!)).toBe(file(b!));
    expectValid(a!);
    expect(a!.doc.elements.some((e) => e.id === first.id)).toBe(false);
    expect(a!.notices).toContain(
      `Ben deleted ${first.name} while it was being changed (renamed to "Renamed offline"): it stays deleted; Ben can bring it back with Undo.`,
    );
    expect(b!.notices).toContain(
      `You deleted ${first.name} while someone else changed it (renamed to "Renamed offline"): it stays deleted. Undo brings it back with their change.`,
    );
  });

  it('brings an element deleted during a rename back, renamed, when the deleting person undoes', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    const connected = shipped.relations.filter((r) => r.source === first.id || r.target === first.id).length;
    net.online = false;
    a!.perform(updateElement(first.id, { name: 'Renamed offline' }));
    b!.perform(deleteElements([first.id]));
    net.reconnect();
    b!.binding.undo();
    for (const p of [a!, b!]) {
      expect(p.doc.elements.find((e) => e.id === first.id)?.name).toBe('Renamed offline');
      expect(p.doc.relations.filter((r) => r.source === first.id || r.target === first.id)).toHaveLength(connected);
      expectValid(p);
    }
    expect(file(a!)).toBe(file(b!));
  });

  it('keeps both elements when two people add the same name offline', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    const type = metamodel.elementType('contact')!;
    net.online = false;
    a!.perform((doc) => addElement(newElement(doc, type, { name: 'Call-back request' })));
    b!.perform((doc) => addElement(newElement(doc, type, { name: 'Call-back request' })));
    net.reconnect();
    expect(file(a!)).toBe(file(b!));
    const added = a!.doc.elements.filter((e) => e.name === 'Call-back request');
    expect(added.map((e) => e.id).sort()).toEqual(
      [`call-back-request_${a!.tag}`, `call-back-request_${b!.tag}`].sort(),
    );
    expectValid(a!);
  });

  it('ends a concurrent connect and delete valid and equal, and says which relation went', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    net.online = false;
    const added = { ...relation, id: 'rel-added-offline', label: 'added while the target went' };
    expect(connect(a!.doc, metamodel, added).ok).toBe(true);
    expect(a!.perform(edit({ id: 'room.change' }, (d) => void d.relations.push(added)))).toBeNull();
    b!.perform(deleteElements([relation.target]));
    net.reconnect();
    expect(file(a!)).toBe(file(b!));
    expectValid(a!);
    expect(a!.doc.relations.some((r) => r.id === added.id)).toBe(false);
    expect(a!.notices.join(' ')).toContain(`${relation.source} → ${relation.target}`);
  });

  it('opens the repaired model for someone who joins after such a conflict', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    net.online = false;
    a!.perform(edit({ id: 'room.change' }, (d) => void d.relations.push({ ...relation, id: 'rel-late' })));
    b!.perform(deleteElements([relation.target]));
    net.reconnect();
    const late = joinRoom(a!);
    expect(file(late)).toBe(file(a!));
    expectValid(late);
  });

  it('loses nothing edited offline by both', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    net.online = false;
    a!.perform(updateElement(first.id, { name: 'Offline A' }));
    b!.perform(updateElement(second.id, { description: 'Offline B' }));
    b!.perform(startThread({ kind: 'model' }, { author: 'Ben', text: 'Offline comment', at: '2026-01-01T00:00:00Z' }));
    net.reconnect();
    expect(file(a!)).toBe(file(b!));
    expect(a!.doc.elements.find((e) => e.id === first.id)?.name).toBe('Offline A');
    expect(a!.doc.elements.find((e) => e.id === second.id)?.description).toBe('Offline B');
    expect(a!.doc.comments?.[0]?.messages[0]?.text).toBe('Offline comment');
  });

  it('keeps both replies written at the same time to one thread', () => {
    const {
      peers: [a, b],
      net,
    } = room(shipped, 2);
    a!.perform(
      startThread(
        { kind: 'element', id: first.id },
        { author: 'Anna', text: 'Is this right?', at: '2026-01-01T00:00:00Z' },
        { thread: 't-1', message: 'm-1' },
      ),
    );
    net.online = false;
    a!.perform(reply('t-1', { author: 'Anna', text: 'From Anna', at: '2026-01-01T00:01:00Z' }, 'm-a'));
    b!.perform(reply('t-1', { author: 'Ben', text: 'From Ben', at: '2026-01-01T00:01:00Z' }, 'm-b'));
    net.reconnect();
    expect(file(a!)).toBe(file(b!));
    expect(a!.doc.comments?.[0]?.messages.map((m) => m.id).sort()).toEqual(['m-1', 'm-a', 'm-b']);
  });

  it('leaves out an item from the room that core would refuse, and says why', () => {
    const {
      peers: [a, b],
    } = room(shipped, 2);
    const before = file(b!);
    // A client that skips the checks writes a relation the metamodel does not define.
    a!.ydoc.getMap('relations').set('rogue', { o: 9999, v: { ...relation, id: 'rogue', type: 'no-such-type' } });
    expect(file(b!)).toBe(before);
    expect(b!.notices.join(' ')).toMatch(/left out/);
  });

  it("says why a room's change breaks the file format in the workbench's language", async () => {
    const {
      peers: [a, b],
    } = room(shipped, 2);
    const before = file(b!);
    await setDataLanguage('de');
    try {
      a!.ydoc.getMap('elements').set(first.id, { o: 0, v: { ...first, name: 'n'.repeat(201) } });
      expect(file(b!)).toBe(before);
      expect(b!.notices.join(' ')).toContain(`${first.id}: Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.`);
    } finally {
      await setDataLanguage('en');
    }
  });
});
