import * as Y from 'yjs';
import { castDraft } from 'immer';
import { checkEdit } from '../core/commands/command.ts';
import { edit } from '../core/commands/history.ts';
import type { Label } from '../core/commands/label.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import type { RefDocument, Relation } from '../core/model/schema.ts';
import { admissible } from './admission.ts';
import { messages } from '../ui/i18n/messages.ts';
import { relationName, repairConflicts, type Overruled, type Repair } from './repair.ts';
import {
  COLLECTIONS,
  DELETED,
  SEP,
  assembleChild,
  groupByParent,
  roomMaps,
  readTombstones,
  readRoom,
  sortedEntries,
  tombstoneKey,
  topEntries,
  withoutField,
  writeChildren,
  type Collection,
  type Entry,
  type Tombstone,
} from './shared-model.ts';

/** What the binding needs from the app: the open model, its metamodel, and a way to show what came in. */
export interface ModelHost {
  readonly metamodel: Metamodel;
  /** The person's name, written on what they delete so the others can be told who did. */
  readonly person: string;
  document(): RefDocument;
  /** Shows a document from the room (or from this person's undo), with the labels of their undo and redo steps. */
  show(doc: RefDocument, history: UndoLabels): void;
  /** Says what happened to a change that could not be taken as it came (a refusal, a removed relation). */
  notify(message: string): void;
}

export interface UndoLabels {
  readonly undo: readonly Label[];
  /** The next redo first. */
  readonly redo: readonly Label[];
}

export interface ModelBinding {
  /** Shares a local change; with a label it is one of this person's commands (one undo step), else an automatic change. */
  share(before: RefDocument, after: RefDocument, label?: Label): void;
  undo(): void;
  redo(): void;
  labels(): UndoLabels;
  destroy(): void;
}

/** The transaction origins: a person's own commands (undoable), automatic changes and seeding (not undoable). */
export const LOCAL = { name: 'local command' };
export const AUTOMATIC = { name: 'automatic change' };
export const SEED = { name: 'seed' };

type Item = { id: string } & Record<string, unknown>;
type Cached = { entry: Entry; item: Item };

// A step of this person's arrives unlabelled only if it was made outside a command.
const labelOf = (s: { meta: Map<unknown, unknown> }): Label =>
  (s.meta.get('label') as Label | undefined) ?? { id: 'room.change' };

/**
 * Binds the open model to a room. Local changes (already admitted by core) are written as map entries keyed by
 * id; everything else that changes the room, other people's edits and this person's undo alike, is read back
 * and enters the model only through core's `checkEdit`, after relations left dangling by a conflict were removed.
 */
export function bindModel(ydoc: Y.Doc, host: ModelHost): ModelBinding {
  const maps = roomMaps(ydoc);
  const top = ydoc.getMap('top');
  const deleted = maps.get(DELETED)! as Y.Map<Tombstone>;
  const cache = new Map<string, Map<string, Cached>>(COLLECTIONS.map((c) => [c.map, new Map()]));
  const undoManager = new Y.UndoManager([...maps.values()], { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
  const knownTop = new Map<string, { stored: unknown; value: unknown }>();
  let pendingLabel: Label | null = null;
  let lastRepair = '';
  const toldOverruled = new Set<string>();

  undoManager.on('stack-item-added', ({ stackItem, type }) => {
    if (type === 'undo' && pendingLabel !== null) stackItem.meta.set('label', pendingLabel);
  });
  // An undone step becomes a redo step (and back) under the same label.
  undoManager.on('stack-item-popped', ({ stackItem, type }) => {
    const added = (type === 'undo' ? undoManager.redoStack : undoManager.undoStack).at(-1);
    if (added && !added.meta.has('label')) added.meta.set('label', stackItem.meta.get('label'));
  });

  const labels = (): UndoLabels => ({
    undo: undoManager.undoStack.map(labelOf),
    redo: undoManager.redoStack.map(labelOf).reverse(),
  });

  function share(before: RefDocument, after: RefDocument, label?: Label) {
    if (before === after) return;
    pendingLabel = label ?? null;
    try {
      ydoc.transact(
        () => {
          writeTop(before, after);
          const names = new Map(before.elements.map((e) => [e.id, e.name]));
          for (const c of COLLECTIONS) writeCollection(c, c.read(before) ?? [], c.read(after) ?? [], names);
        },
        label === undefined ? AUTOMATIC : LOCAL,
      );
    } finally {
      pendingLabel = null;
    }
  }

  function writeTop(before: RefDocument, after: RefDocument) {
    const was = new Map(topEntries(before));
    for (const [key, value] of topEntries(after)) {
      const old = was.get(key);
      was.delete(key);
      if (old !== value && JSON.stringify(old) !== JSON.stringify(value)) top.set(key, value);
      knownTop.set(key, { stored: top.get(key), value });
    }
    for (const key of was.keys()) top.delete(key);
  }

  function writeCollection(
    c: Collection,
    before: readonly Item[],
    after: readonly Item[],
    names: ReadonlyMap<string, string>,
  ) {
    if (before === after) return;
    const map = maps.get(c.map)!;
    const known = cache.get(c.map)!;
    const was = new Map(before.map((item) => [item.id, item]));
    let previous: number | null = null;
    after.forEach((item, i) => {
      const old = was.get(item.id);
      was.delete(item.id);
      const stored = map.get(item.id) as Entry | undefined;
      const o = stored?.o ?? orderBetween(previous, nextStoredOrder(map, after, i));
      previous = o;
      if (old === item && stored) return;
      let entry = stored;
      const value = c.child ? withoutField(item, c.child.field) : item;
      if (!stored || !shallowSame(stored.v as Item, value)) {
        entry = { o, v: value };
        map.set(item.id, entry);
      }
      if (!stored && c.tombstones && deleted.has(tombstoneKey(c.map, item.id)))
        deleted.delete(tombstoneKey(c.map, item.id));
      if (c.child) writeChildren(maps.get(c.child.map)!, c.child, item.id, item[c.child.field], old?.[c.child.field]);
      known.set(item.id, { entry: entry!, item });
    });
    for (const [id, old] of was) {
      map.delete(id);
      known.delete(id);
      if (c.tombstones)
        deleted.set(tombstoneKey(c.map, id), { by: host.person, client: ydoc.clientID, name: nameOf(c, old, names) });
      if (c.child) writeChildren(maps.get(c.child.map)!, c.child, id, undefined, old[c.child.field]);
    }
  }

  /** Reads the room into a document, reusing every item that did not change, so core checks only what did. */
  function read(current: RefDocument, dirty: ReadonlySet<string>): RefDocument {
    const next: Record<string, unknown> = {};
    for (const [key, value] of top.entries()) {
      if (key === 'board' || key === 'hasComments') continue;
      const hit = knownTop.get(key);
      next[key] = hit && hit.stored === value ? hit.value : value;
      knownTop.set(key, { stored: value, value: next[key] });
    }
    const lists = new Map<string, Item[]>();
    for (const c of COLLECTIONS) {
      const known = cache.get(c.map)!;
      const children = c.child && dirty.size ? groupByParent(maps.get(c.child.map)!) : null;
      const items = sortedEntries(maps.get(c.map)!).map(([id, entry]) => {
        const hit = known.get(id);
        if (hit && hit.entry === entry && !(c.child && dirty.has(c.child.map + SEP + id))) return hit.item;
        const item = c.child
          ? {
              ...(entry.v as Item),
              [c.child.field]: assembleChild(c.child, (children ?? groupByParent(maps.get(c.child.map)!)).get(id)),
            }
          : (entry.v as Item);
        known.set(id, { entry, item });
        return item;
      });
      lists.set(c.map, items);
    }
    // An unchanged list keeps its identity, so core and the canvas see that nothing in it changed.
    const keep = <T extends readonly unknown[]>(name: string, was: T | undefined): T => {
      const items = lists.get(name)! as unknown as T;
      return was && items.length === was.length && items.every((it, i) => it === was[i]) ? was : items;
    };
    next.elements = keep('elements', current.elements);
    next.relations = keep('relations', current.relations);
    next.views = keep('views', current.views);
    if (top.get('hasComments') || lists.get('comments')!.length) next.comments = keep('comments', current.comments);
    const settings = top.get('board') as { dotsPerPerson: number } | undefined;
    const [groups, notes] = [keep('groups', current.board?.groups), keep('notes', current.board?.notes)];
    if (settings || groups.length || notes.length) {
      const b = current.board;
      const dots = settings?.dotsPerPerson ?? 3;
      next.board =
        b && b.groups === groups && b.notes === notes && b.dotsPerPerson === dots
          ? b
          : { dotsPerPerson: dots, groups, notes };
    }
    return next as RefDocument;
  }

  /** Takes in what changed the room from elsewhere: repaired, admitted by core, or left out with a sentence. */
  function takeIn(transaction: Y.Transaction) {
    const dirty = new Set<string>();
    for (const c of COLLECTIONS) {
      if (!c.child) continue;
      const childMap = maps.get(c.child.map)!;
      for (const key of (transaction.changed as Map<unknown, Set<string | null>>).get(childMap) ?? []) {
        if (key !== null) dirty.add(c.child.map + SEP + key.slice(0, key.indexOf(SEP)));
      }
    }
    const current = host.document();
    const { document: repaired, repair } = repairConflicts(read(current, dirty), readTombstones(ydoc));
    const admitted = admissible(current, repaired, host.metamodel);
    for (const reason of admitted.leftOut) host.notify(messages().collabRoom.leftOut(reason));
    const replace = edit({ id: 'room.changes' }, (draft) => {
      const d = draft as unknown as Record<string, unknown>;
      const n: Record<string, unknown> = admitted.document;
      for (const key of new Set([...Object.keys(d), ...Object.keys(n)])) {
        if (n[key] === undefined) delete d[key];
        else if (n[key] !== (current as Record<string, unknown>)[key]) d[key] = castDraft(n[key]);
      }
    });
    const checked = checkEdit(current, host.metamodel, replace);
    if (!checked.ok) {
      host.notify(messages().collabRoom.notTakenIn(checked.message));
      return;
    }
    tellRepair(repair);
    host.show(admitted.document, labels());
  }

  function tellRepair(repair: Repair) {
    for (const o of repair.overruled) {
      const key = tombstoneKey(o.kind, o.id);
      if (toldOverruled.has(key)) continue;
      toldOverruled.add(key);
      host.notify(overruledSentence(o, deleted.get(tombstoneKey(`${o.kind}s`, o.id))?.client === ydoc.clientID));
    }
    const said = repair.relations.map((r) => r.id).join(',');
    if (!said || said === lastRepair) return;
    lastRepair = said;
    const names = repair.relations.map((r) => `${r.source} → ${r.target}`).join(', ');
    host.notify(messages().collabRoom.relationsRemoved(repair.relations.length, names));
  }

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL || transaction.origin === AUTOMATIC || transaction.origin === SEED) return;
    if (transaction.changed.size === 0) return;
    takeIn(transaction);
  };
  ydoc.on('afterTransaction', onTransaction);

  // The open model was just read from (or written to) this room: its items are the room's entries as they stand.
  const current = host.document();
  for (const o of repairConflicts(readRoom(ydoc) as unknown as RefDocument, readTombstones(ydoc)).repair.overruled)
    toldOverruled.add(tombstoneKey(o.kind, o.id));
  for (const [key, value] of topEntries(current)) knownTop.set(key, { stored: top.get(key), value });
  for (const c of COLLECTIONS) {
    const [map, known] = [maps.get(c.map)!, cache.get(c.map)!];
    for (const item of c.read(current) ?? []) {
      const entry = map.get(item.id) as Entry | undefined;
      if (entry) known.set(item.id, { entry, item });
    }
  }

  return {
    share,
    // The labels move between the stacks only after the step's transaction, so they are shown once more.
    undo() {
      undoManager.undo();
      host.show(host.document(), labels());
    },
    redo() {
      undoManager.redo();
      host.show(host.document(), labels());
    },
    labels,
    destroy() {
      ydoc.off('afterTransaction', onTransaction);
      undoManager.destroy();
    },
  };
}

/** What a tombstone calls an item: an element or view by its name, a relation by its ends. */
function nameOf(c: Collection, item: Item, names: ReadonlyMap<string, string>): string {
  if (c.map === 'relations') return relationName(item as unknown as Relation, names);
  return typeof item.name === 'string' ? item.name : item.id;
}

/** Tells one person that an item they or someone else changed was deleted at the same time, and that the delete stands. */
function overruledSentence(o: Overruled, mine: boolean): string {
  const m = messages().collabRoom;
  const what = o.kind === 'element' ? o.was : m.item(o.kind, o.was);
  const renamed = o.now !== o.was ? m.renamed(o.now) : '';
  return mine ? m.youDeleted(what, renamed) : m.theyDeleted(o.by, what, renamed);
}

/** The sort key of the first stored item after position i, if any. */
function nextStoredOrder(map: Y.Map<unknown>, items: readonly Item[], i: number): number | null {
  for (let j = i + 1; j < items.length; j++) {
    const stored = map.get(items[j]!.id) as Entry | undefined;
    if (stored) return stored.o;
  }
  return null;
}

/** A sort key between two neighbours: an item added at the end gets the next whole number. */
function orderBetween(before: number | null, after: number | null): number {
  if (before === null) return after === null ? 0 : after - 1;
  if (after === null || after <= before) return before + 1;
  return (before + after) / 2;
}

function shallowSame(a: Item | undefined, b: Item): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}
