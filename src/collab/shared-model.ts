import type * as Y from 'yjs';
import type { RefDocument } from '../core/model/schema.ts';

/**
 * How a model lives in a Yjs document. The file's arrays become maps keyed by id, so concurrent edits never
 * address an item by its index: each item is stored whole as `{ o, v }`, where `o` is a sort key that keeps
 * the file's order the same for everyone. Parts that people edit side by side inside one item are maps of
 * their own: a view's positions, a thread's messages, a note's votes. Everything else is one value per key.
 */

/** A stored list item: its sort key and its value. */
export interface Entry<T = unknown> {
  o: number;
  v: T;
}

type Item = { id: string } & Record<string, unknown>;

/** A part of an item that is shared entry by entry, under `${parent}\u001f${key}`. */
interface Child {
  readonly map: string;
  readonly field: string;
  /** A record (positions, votes) or a list in order (messages). */
  readonly kind: 'record' | 'list';
}

export interface Collection {
  /** The Y map's name. */
  readonly map: string;
  readonly child?: Child;
  /** Deleting an item leaves a tombstone, so a change made at the same time elsewhere does not bring it back unseen. */
  readonly tombstones?: true;
  read(doc: RefDocument): readonly Item[] | undefined;
}

export const SEP = '\u001f';

const list = (value: unknown): readonly Item[] | undefined => value as readonly Item[] | undefined;

export const COLLECTIONS: readonly Collection[] = [
  { map: 'elements', tombstones: true, read: (d) => list(d.elements) },
  { map: 'relations', tombstones: true, read: (d) => list(d.relations) },
  {
    map: 'views',
    tombstones: true,
    child: { map: 'positions', field: 'positions', kind: 'record' },
    read: (d) => list(d.views),
  },
  {
    map: 'comments',
    child: { map: 'messages', field: 'messages', kind: 'list' },
    read: (d) => list(d.comments),
  },
  { map: 'notes', child: { map: 'votes', field: 'votes', kind: 'record' }, read: (d) => list(d.board?.notes) },
  { map: 'groups', read: (d) => list(d.board?.groups) },
];

/** Top-level keys stored whole, one value each; `board` holds the board's settings without its notes and groups. */
const TOP = 'top';
/** Tombstones, under `${map}\u001f${id}`: who deleted an item, and what it was called then. */
export const DELETED = 'deleted';

export interface Tombstone {
  by: string;
  /** The deleting tab's Yjs client id: names alone may repeat in a room. */
  client: number;
  name: string;
}

export const tombstoneKey = (map: string, id: string): string => map + SEP + id;
const LISTED = new Set(['elements', 'relations', 'views', 'comments', 'board']);

/** The Y maps of a room. */
export function roomMaps(ydoc: Y.Doc) {
  const maps = new Map<string, Y.Map<unknown>>();
  for (const name of [TOP, DELETED, ...COLLECTIONS.flatMap((c) => (c.child ? [c.map, c.child.map] : [c.map]))])
    maps.set(name, ydoc.getMap(name));
  return maps;
}

/** Whether a room holds a model yet. */
export function roomHasModel(ydoc: Y.Doc): boolean {
  return ydoc.getMap(TOP).has('meta');
}

/** The room's tombstones, by key. */
export function readTombstones(ydoc: Y.Doc): Map<string, Tombstone> {
  return new Map(ydoc.getMap(DELETED).entries() as IterableIterator<[string, Tombstone]>);
}

/** Writes a whole model into an empty room, in file order. */
export function seedRoom(ydoc: Y.Doc, doc: RefDocument, origin: unknown): void {
  const maps = roomMaps(ydoc);
  ydoc.transact(() => {
    const top = maps.get(TOP)!;
    for (const [key, value] of topEntries(doc)) top.set(key, value);
    for (const c of COLLECTIONS) {
      const map = maps.get(c.map)!;
      (c.read(doc) ?? []).forEach((item, i) => {
        map.set(item.id, { o: i, v: c.child ? withoutField(item, c.child.field) : item });
        if (c.child) writeChildren(maps.get(c.child.map)!, c.child, item.id, item[c.child.field], undefined);
      });
    }
  }, origin);
}

/** The top-level values of a document as stored: every key but the listed parts, the board as its settings. */
export function topEntries(doc: RefDocument): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    if (!LISTED.has(key)) out.push([key, value]);
  }
  if (doc.board) out.push(['board', { dotsPerPerson: doc.board.dotsPerPerson }]);
  if (doc.comments) out.push(['hasComments', true]);
  return out;
}

export function withoutField(item: Item, field: string): Item {
  const rest: Record<string, unknown> = { ...item };
  delete rest[field];
  return rest as Item;
}

/** Writes the entries of one item's shared part that differ from what was there (`before`), and deletes the gone ones. */
export function writeChildren(map: Y.Map<unknown>, child: Child, parent: string, now: unknown, before: unknown): void {
  if (child.kind === 'record') {
    const [is, was] = [(now ?? {}) as Record<string, unknown>, (before ?? {}) as Record<string, unknown>];
    for (const [key, value] of Object.entries(is)) if (was[key] !== value) map.set(parent + SEP + key, value);
    for (const key of Object.keys(was)) if (!(key in is)) map.delete(parent + SEP + key);
    return;
  }
  const [is, was] = [(now ?? []) as Item[], (before ?? []) as Item[]];
  const old = new Map(was.map((m) => [m.id, m]));
  is.forEach((m, i) => {
    if (old.get(m.id) !== m) map.set(parent + SEP + m.id, { o: i, v: m });
    old.delete(m.id);
  });
  for (const id of old.keys()) map.delete(parent + SEP + id);
}

/** Reads a whole model out of a room, in file order; the result still has to pass the reader's checks. */
export function readRoom(ydoc: Y.Doc): Record<string, unknown> {
  const maps = roomMaps(ydoc);
  const children = new Map<string, Map<string, Map<string, unknown>>>();
  for (const c of COLLECTIONS) if (c.child) children.set(c.child.map, groupByParent(maps.get(c.child.map)!));
  const out: Record<string, unknown> = {};
  const top = maps.get(TOP)!;
  for (const [key, value] of top.entries()) if (key !== 'board' && key !== 'hasComments') out[key] = value;
  const lists: Record<string, Item[]> = {};
  for (const c of COLLECTIONS) {
    const byParent = c.child ? children.get(c.child.map)! : null;
    lists[c.map] = sortedEntries(maps.get(c.map)!).map(([id, entry]) => {
      const item = entry.v as Item;
      if (!c.child) return item;
      return { ...item, [c.child.field]: assembleChild(c.child, byParent!.get(id)) };
    });
  }
  out.elements = lists.elements;
  out.relations = lists.relations;
  out.views = lists.views;
  if (top.get('hasComments') || lists.comments!.length) out.comments = lists.comments;
  const board = top.get('board') as { dotsPerPerson: number } | undefined;
  if (board || lists.notes!.length || lists.groups!.length)
    out.board = { dotsPerPerson: board?.dotsPerPerson ?? 3, groups: lists.groups, notes: lists.notes };
  return out;
}

export function groupByParent(map: Y.Map<unknown>): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const [key, value] of map.entries()) {
    const at = key.indexOf(SEP);
    const parent = key.slice(0, at);
    let entries = out.get(parent);
    if (!entries) out.set(parent, (entries = new Map<string, unknown>()));
    entries.set(key.slice(at + 1), value);
  }
  return out;
}

/** One item's shared part rebuilt from its entries: a record, or a list sorted like the file. */
export function assembleChild(child: Child, entries: ReadonlyMap<string, unknown> | undefined): unknown {
  if (child.kind === 'record') return Object.fromEntries(entries ?? []);
  return [...(entries ?? new Map<string, unknown>())]
    .sort(([a, x], [b, y]) => byOrder(a, x as Entry, b, y as Entry))
    .map(([, e]) => (e as Entry).v);
}

/** A map's entries in file order: by sort key, then by id, so that everyone gets the same order. */
export function sortedEntries(map: Y.Map<unknown>): [string, Entry][] {
  return ([...map.entries()] as [string, Entry][]).sort(([a, x], [b, y]) => byOrder(a, x, b, y));
}

const byOrder = (a: string, x: Entry, b: string, y: Entry) => x.o - y.o || (a < b ? -1 : a > b ? 1 : 0);
