/** An item added at `index` of the new list. */
export interface Placed<T> {
  readonly index: number;
  readonly item: T;
}

/** A matched pair that differs: `id` in the new list, `from` its id in the old one (they differ only when matched by derivation link). */
export interface Matched {
  readonly id: string;
  readonly from: string;
}

/** The difference of two lists of items with ids; `order` is set only when kept items changed their order. */
export interface ListDiff<T, C extends Matched> {
  readonly added: readonly Placed<T>[];
  readonly removed: readonly T[];
  readonly changed: readonly C[];
  readonly order: readonly string[] | null;
}

type Identified = { readonly id: string };

/**
 * Compares two lists item by item. `pairs` maps a new id to the old id it matches (default: the same id);
 * `describe` returns the change of a matched pair, or null when they are equal.
 */
export function diffList<T extends Identified, C extends Matched>(
  before: readonly T[],
  after: readonly T[],
  describe: (a: T, b: T) => C | null,
  pairs?: ReadonlyMap<string, string>,
): ListDiff<T, C> {
  const old = new Map(before.map((item) => [item.id, item]));
  const matchedOld = new Set<string>();
  const added: Placed<T>[] = [];
  const changed: C[] = [];
  after.forEach((item, index) => {
    const fromId = pairs ? pairs.get(item.id) : item.id;
    const counterpart = fromId === undefined ? undefined : old.get(fromId);
    if (!counterpart || matchedOld.has(counterpart.id)) {
      added.push({ index, item });
      return;
    }
    matchedOld.add(counterpart.id);
    const change = describe(counterpart, item);
    if (change) changed.push(change);
  });
  const removed = before.filter((item) => !matchedOld.has(item.id));
  const diff = { added, removed, changed, order: null };
  const naive = applyList(before, diff, (a, c) => ({ ...a, id: c.id })).map((item) => item.id);
  const wanted = after.map((item) => item.id);
  return naive.every((id, i) => id === wanted[i]) ? diff : { ...diff, order: wanted };
}

/** Rebuilds the new list from the old one and its diff; `update` applies one change to a copy of an item. */
export function applyList<T extends Identified, C extends Matched>(
  before: readonly T[],
  diff: ListDiff<T, C>,
  update: (item: T, change: C) => T,
): T[] {
  const gone = new Set(diff.removed.map((item) => item.id));
  const changes = new Map(diff.changed.map((c) => [c.from, c]));
  const result = before
    .filter((item) => !gone.has(item.id))
    .map((item) => {
      const change = changes.get(item.id);
      return change ? update(item, change) : item;
    });
  for (const { index, item } of [...diff.added].sort((x, y) => x.index - y.index))
    result.splice(index, 0, structuredClone(item));
  if (!diff.order) return result;
  const position = new Map(diff.order.map((id, i) => [id, i]));
  return result.sort((x, y) => (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0));
}
