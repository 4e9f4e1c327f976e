import { edit, type Edit } from './history.ts';
import type { Label } from './label.ts';

/** Decides an element marked optional ("?") in the source: it stays in the model as a firm part. */
export function decideOptional(id: string, name: string): Edit {
  return edit({ id: 'element.keep-optional', params: { name } }, (doc) => {
    const el = doc.elements.find((e) => e.id === id);
    if (el) el.optional = false;
  });
}

/** Puts an element into an area and/or a role of the macro structure; fields left out stay as they are. */
export function assignCell(id: string, cell: { area?: string; role?: string }, label: Label): Edit {
  return edit(label, (doc) => {
    const el = doc.elements.find((e) => e.id === id);
    if (!el) return;
    if (cell.area !== undefined) el.area = cell.area;
    if (cell.role !== undefined) el.role = cell.role;
  });
}

/** Drops an element's references to areas, roles or structural goals the model no longer has. */
export function dropMissingReferences(id: string): Edit {
  return edit({ id: 'element.drop-missing-references', params: { id } }, (doc) => {
    const el = doc.elements.find((e) => e.id === id);
    if (!el) return;
    const has = (lanes: { id: string }[], lane: string | null) => lane === null || lanes.some((l) => l.id === lane);
    if (!has(doc.macroStructure.areas, el.area)) el.area = null;
    if (!has(doc.macroStructure.roles, el.role)) el.role = null;
    const goals = new Set(doc.structuralGoals.map((g) => g.id));
    if (el.goals.some((g) => !goals.has(g))) el.goals = el.goals.filter((g) => goals.has(g));
  });
}

/** Changes the type of a relation, e.g. to the only type the metamodel allows between its ends. */
export function retypeRelation(id: string, type: string): Edit {
  return edit({ id: 'relation.retype', params: { id, type } }, (doc) => {
    const rel = doc.relations.find((r) => r.id === id);
    if (rel) rel.type = type;
  });
}

/** Adds an element to a view below the first neighbour the view already places, so it appears next to what it relates to. */
export function addNearNeighbours(viewId: string, id: string, viewName: string): Edit {
  return edit({ id: 'view.add-near', params: { id, view: viewName } }, (doc) => {
    const view = doc.views.find((v) => v.id === viewId);
    if (!view || view.elements === 'all' || view.elements.includes(id)) return;
    const neighbours = doc.relations.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : []));
    const at = neighbours.map((n) => view.positions[n]).find((p) => p !== undefined);
    view.elements.push(id);
    view.positions[id] = at ? { x: at.x, y: at.y + 120 } : { x: 0, y: 0 };
  });
}
