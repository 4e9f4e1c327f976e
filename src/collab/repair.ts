import type { RefDocument, Relation, View } from '../core/model/schema.ts';

/** What a repair removed: relations whose element was deleted at the same time as someone connected it. */
export interface Repair {
  readonly relations: readonly Relation[];
}

/**
 * Removes what a conflict left pointing at deleted elements: relations, view memberships and positions.
 * It depends only on the room's state, so every client repairs alike and all end with the same valid model.
 */
export function repairDangling(doc: RefDocument): { document: RefDocument; repair: Repair } {
  const ids = new Set(doc.elements.map((e) => e.id));
  const dangling = doc.relations.filter((r) => !ids.has(r.source) || !ids.has(r.target));
  let views = doc.views;
  const repairedViews = doc.views.map((view) => repairView(view, ids));
  if (repairedViews.some((v, i) => v !== doc.views[i])) views = repairedViews;
  if (!dangling.length && views === doc.views) return { document: doc, repair: { relations: [] } };
  const gone = new Set(dangling);
  return {
    document: { ...doc, relations: dangling.length ? doc.relations.filter((r) => !gone.has(r)) : doc.relations, views },
    repair: { relations: dangling },
  };
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
