import type { Element, Lane, RefDocument, Relation, View } from '../model/schema.ts';
import {
  idMapOf,
  remapElementIds,
  type DocumentDiff,
  type ElementChange,
  type ItemChange,
  type LayoutChange,
  type RelationChange,
  type ViewChange,
} from './diff.ts';
import { applyFieldChanges, type FieldChange } from './fields.ts';
import { applyList } from './list.ts';

/** Rebuilds the second document of a diff from the first: `applyDiff(a, diffDocuments(a, b))` equals b. Never mutates `a`. */
export function applyDiff(a: RefDocument, diff: DocumentDiff): RefDocument {
  const elements = applyList(a.elements, diff.elements, applyElementChange);
  // Elements are rebuilt above; clone only the rest, so applying stays cheap for large models.
  const base = structuredClone({ ...remapElementIds(a, idMapOf(diff.elements.changed)), elements: [] });
  const views = applyList(base.views, diff.views, applyViewChange);
  applyLayout(views, diff.layout);
  const doc: RefDocument = {
    ...base,
    elements,
    relations: applyList(base.relations, diff.relations, applyRelationChange),
    views,
    structuralGoals: applyList(base.structuralGoals, diff.structuralGoals, applyItemChange),
    macroStructure: {
      areas: applyList<Lane, ItemChange>(base.macroStructure.areas, diff.macroStructure.areas, applyItemChange),
      roles: applyList<Lane, ItemChange>(base.macroStructure.roles, diff.macroStructure.roles, applyItemChange),
    },
    designGoals: {
      ...withFields(base.designGoals, diff.designGoals.fields),
      namingRules: applyList(base.designGoals.namingRules, diff.designGoals.namingRules, applyItemChange),
    },
    meta: {
      ...withFields(base.meta, diff.meta.fields),
      sources: applyList(base.meta.sources, diff.meta.sources, applyItemChange),
    },
  };
  return withFields(doc, diff.other);
}

function withFields<T extends object>(item: T, fields: readonly FieldChange[]): T {
  if (!fields.length) return item;
  const copy = structuredClone(item) as Record<string, unknown>;
  applyFieldChanges(copy, fields);
  return copy as T;
}

function applyElementChange(element: Element, change: ElementChange): Element {
  const copy = withFields({ ...element, id: change.id }, change.fields);
  if (change.retyped) copy.type = change.retyped.to;
  if (change.moved?.area) copy.area = change.moved.area.to;
  if (change.moved?.role) copy.role = change.moved.role.to;
  return copy;
}

function applyRelationChange(relation: Relation, change: RelationChange): Relation {
  const copy = withFields(relation, change.fields);
  return change.retyped ? { ...copy, type: change.retyped.to } : copy;
}

function applyViewChange(view: View, change: ViewChange): View {
  const copy = withFields(view, change.fields);
  return change.membership ? { ...copy, elements: structuredClone(change.membership.elements) } : copy;
}

function applyItemChange<T extends { id: string }>(item: T, change: ItemChange): T {
  return withFields(item, change.fields);
}

/** Writes position changes into (already copied) views. */
function applyLayout(views: View[], layout: readonly LayoutChange[]): void {
  const byId = new Map(views.map((v) => [v.id, v]));
  for (const change of layout) {
    const view = byId.get(change.view);
    if (!view) continue;
    const positions = { ...view.positions };
    for (const { id } of change.unplaced) delete positions[id];
    for (const { id, to } of change.moved) positions[id] = { ...to };
    for (const { id, at } of change.placed) positions[id] = { ...at };
    view.positions = positions;
  }
}
