import type { Draft } from 'immer';
import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, Point, RefDocument, Relation } from '../model/schema.ts';
import { checkEdit, type Checked } from './command.ts';
import { edit, type Edit } from './history.ts';
import type { Label } from './label.ts';

type Doc = Draft<RefDocument>;

/** Adds an element, and places it in a view when one is given. */
export function addElement(element: Element, placement?: { viewId: string; position: Point }): Edit {
  return edit({ id: 'element.add', params: { name: element.name } }, (doc) => {
    doc.elements.push(element);
    if (placement) placeInView(doc, placement.viewId, element.id, placement.position);
  });
}

export type ElementChanges = Partial<Omit<Element, 'id'>>;

/** Changes fields of one element; the label names what changed, so undo tooltips read well. */
export function updateElement(id: string, changes: ElementChanges, label?: Label): Edit {
  return edit(label ?? describeChange(id, changes), (doc) => {
    const el = doc.elements.find((e) => e.id === id);
    if (el) Object.assign(el, changes);
  });
}

function describeChange(id: string, changes: ElementChanges): Label {
  if (changes.name !== undefined) return { id: 'element.rename-to', params: { name: changes.name } };
  return { id: 'element.edit-fields', params: { fields: Object.keys(changes), id } };
}

export interface Move {
  id: string;
  position: Point;
  area?: string | null;
  role?: string | null;
}

/** Moves elements in a view; area and role follow the lane they were dropped in. One undo step. */
export function moveElements(
  viewId: string,
  moves: readonly Move[],
  label: Label = { id: 'elements.move', params: { count: moves.length } },
): Edit {
  return edit(label, (doc) => {
    const view = doc.views.find((v) => v.id === viewId);
    for (const move of moves) {
      if (view) view.positions[move.id] = { x: Math.round(move.position.x), y: Math.round(move.position.y) };
      const el = doc.elements.find((e) => e.id === move.id);
      if (!el) continue;
      if (move.area !== undefined) el.area = move.area;
      if (move.role !== undefined) el.role = move.role;
    }
  });
}

/** Deletes elements from the model: their relations and their places in every view go with them. */
export function deleteElements(
  ids: readonly string[],
  label: Label = { id: 'elements.delete', params: { count: ids.length, name: ids[0] ?? '' } },
): Edit {
  const gone = new Set(ids);
  return edit(label, (doc) => {
    doc.elements = doc.elements.filter((e) => !gone.has(e.id));
    doc.relations = doc.relations.filter((r) => !gone.has(r.source) && !gone.has(r.target));
    for (const view of doc.views) {
      if (view.elements !== 'all') view.elements = view.elements.filter((id) => !gone.has(id));
      for (const id of ids) delete view.positions[id];
    }
  });
}

/** Connects two elements; refused with the metamodel's reason when it does not allow the relation between their types. */
export function connect(doc: RefDocument, metamodel: Metamodel, relation: Relation, label?: Label): Checked {
  return checkEdit(
    doc,
    metamodel,
    edit(label ?? { id: 'relation.connect', params: { source: relation.source, target: relation.target } }, (draft) => {
      draft.relations.push(relation);
    }),
  );
}

/** Changes a relation's type or label; a type the metamodel forbids between its ends, or a label over the limit, is refused. */
export function updateRelation(
  doc: RefDocument,
  metamodel: Metamodel,
  id: string,
  changes: Partial<Pick<Relation, 'type' | 'label'>>,
): Checked {
  return checkEdit(
    doc,
    metamodel,
    edit({ id: 'relation.edit', params: { id } }, (draft) => {
      const rel = draft.relations.find((r) => r.id === id);
      if (rel) Object.assign(rel, changes);
    }),
  );
}

export function deleteRelations(ids: readonly string[]): Edit {
  const gone = new Set(ids);
  return edit({ id: 'relations.delete', params: { count: ids.length, id: ids[0] ?? '' } }, (doc) => {
    doc.relations = doc.relations.filter((r) => !gone.has(r.id));
  });
}

/** Adds existing elements (and relations, for a paste) in one step; places them in a view when given. */
export function addFragment(
  elements: readonly Element[],
  relations: readonly Relation[],
  placement?: { viewId: string; positions: Record<string, Point> },
  label: Label = { id: 'elements.paste', params: { count: elements.length, name: elements[0]?.name ?? '' } },
): Edit {
  return edit(label, (doc) => {
    doc.elements.push(...elements);
    doc.relations.push(...relations);
    if (placement)
      for (const el of elements)
        placeInView(doc, placement.viewId, el.id, placement.positions[el.id] ?? { x: 0, y: 0 });
  });
}

/** Shows existing elements in a view too; without a position the canvas places them. */
export function addToView(viewId: string, ids: readonly string[], positions: Record<string, Point> = {}): Edit {
  return edit({ id: 'view.add-elements', params: { count: ids.length, name: ids[0] ?? '' } }, (doc) => {
    const view = doc.views.find((v) => v.id === viewId);
    if (!view || view.elements === 'all') return;
    for (const id of ids) {
      if (!view.elements.includes(id)) view.elements.push(id);
      const p = positions[id];
      if (p) view.positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
    }
  });
}

/** Hides elements from one view; they stay in the model and in other views. */
export function removeFromView(viewId: string, ids: readonly string[]): Edit {
  const gone = new Set(ids);
  return edit({ id: 'view.remove-elements', params: { count: ids.length, name: ids[0] ?? '' } }, (doc) => {
    const view = doc.views.find((v) => v.id === viewId);
    if (!view || view.elements === 'all') return;
    view.elements = view.elements.filter((id) => !gone.has(id));
    for (const id of ids) delete view.positions[id];
  });
}

/** Sets many positions at once, e.g. the result of an auto layout. */
export function setPositions(
  viewId: string,
  positions: Record<string, Point>,
  label: Label = { id: 'view.auto-layout' },
): Edit {
  return edit(label, (doc) => {
    const view = doc.views.find((v) => v.id === viewId);
    if (!view) return;
    for (const [id, p] of Object.entries(positions)) view.positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
}

function placeInView(doc: Doc, viewId: string, id: string, position: Point) {
  const view = doc.views.find((v) => v.id === viewId);
  if (!view) return;
  if (view.elements !== 'all' && !view.elements.includes(id)) view.elements.push(id);
  view.positions[id] = { x: Math.round(position.x), y: Math.round(position.y) };
}

/** Deletes elements and relations together, as one undo step. */
export function deleteSelection(elementIds: readonly string[], relationIds: readonly string[], label?: Label): Edit {
  const byElements = deleteElements(elementIds);
  const byRelations = deleteRelations(relationIds);
  const count = elementIds.length + relationIds.length;
  return edit(
    label ??
      (count === 1
        ? elementIds.length
          ? byElements.label
          : byRelations.label
        : { id: 'selection.delete', params: { count } }),
    (doc) => {
      byRelations.apply(doc);
      byElements.apply(doc);
    },
  );
}

/** How an undo label names a set of elements: the name of one, or the count of several. */
export function nameElements(doc: RefDocument, ids: readonly string[]): { count: number; name: string } {
  const name = ids.length === 1 ? (doc.elements.find((e) => e.id === ids[0])?.name ?? ids[0]!) : '';
  return { count: ids.length, name };
}
