import type { RefDocument, Relation, View } from '../core/model/schema.ts';
import { tombstoneKey, type Tombstone } from './shared-model.ts';

/** An item deleted by one person while another changed it: the delete stands, and both are told. */
export interface Overruled {
  readonly kind: 'element' | 'relation' | 'view';
  readonly id: string;
  /** Its name when it was deleted. */
  readonly was: string;
  /** Its name as the other person left it. */
  readonly now: string;
  readonly by: string;
}

/** What a repair removed: items deleted while changed elsewhere, and relations left pointing at deleted elements. */
export interface Repair {
  readonly overruled: readonly Overruled[];
  readonly relations: readonly Relation[];
}

const NOTHING: Repair = { overruled: [], relations: [] };

/**
 * Settles what concurrent edits left behind. An item with a tombstone was changed by someone while another
 * person deleted it: Yjs keeps the change, the delete stands here. Then relations, view memberships and positions
 * that point at deleted elements go. It depends only on the room's state, so every client settles alike.
 */
export function repairConflicts(
  doc: RefDocument,
  tombstones: ReadonlyMap<string, Tombstone> = new Map(),
): { document: RefDocument; repair: Repair } {
  const overruled: Overruled[] = [];
  const settle = <T extends { id: string }>(
    kind: Overruled['kind'],
    map: string,
    items: T[],
    name: (t: T) => string,
  ): T[] => {
    if (!tombstones.size) return items;
    const kept = items.filter((item) => {
      const stone = tombstones.get(tombstoneKey(map, item.id));
      if (stone) overruled.push({ kind, id: item.id, was: stone.name, now: name(item), by: stone.by });
      return !stone;
    });
    return kept.length === items.length ? items : kept;
  };
  const elements = settle('element', 'elements', doc.elements, (e) => e.name);
  const nameOf = new Map(elements.map((e) => [e.id, e.name]));
  const relations = settle('relation', 'relations', doc.relations, (r) => relationName(r, nameOf));
  const settledViews = settle('view', 'views', doc.views, (v) => v.name);
  const settled =
    elements === doc.elements && relations === doc.relations && settledViews === doc.views
      ? doc
      : { ...doc, elements, relations, views: settledViews };

  const ids = new Set(elements.map((e) => e.id));
  const dangling = relations.filter((r) => !ids.has(r.source) || !ids.has(r.target));
  let views = settled.views;
  const repairedViews = views.map((view) => repairView(view, ids));
  if (repairedViews.some((v, i) => v !== views[i])) views = repairedViews;
  if (!dangling.length && views === settled.views)
    return { document: settled, repair: overruled.length ? { overruled, relations: [] } : NOTHING };
  const gone = new Set(dangling);
  return {
    document: { ...settled, relations: dangling.length ? relations.filter((r) => !gone.has(r)) : relations, views },
    repair: { overruled, relations: dangling },
  };
}

/** A relation in words, by the names of its ends. */
export function relationName(r: Relation, nameOf: ReadonlyMap<string, string>): string {
  return `${nameOf.get(r.source) ?? r.source} → ${nameOf.get(r.target) ?? r.target}`;
}

function repairView(view: View, ids: ReadonlySet<string>): View {
  const members = view.elements === 'all' ? 'all' : view.elements.filter((id) => ids.has(id));
  const stale = Object.keys(view.positions).filter((id) => !ids.has(id));
  if (members !== 'all' && members.length === (view.elements as string[]).length && !stale.length) return view;
  if (members === 'all' && !stale.length) return view;
  const positions = { ...view.positions };
  for (const id of stale) delete positions[id];
  return { ...view, elements: members === 'all' ? 'all' : members, positions };
}
