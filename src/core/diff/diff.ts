import type {
  Element,
  Lane,
  NamingRule,
  Point,
  RefDocument,
  Relation,
  Source,
  StructuralGoal,
  View,
} from '../model/schema.ts';
import { deepEqual, fieldChanges, type FieldChange } from './fields.ts';
import { diffList, type ListDiff, type Matched } from './list.ts';

export type { FieldChange } from './fields.ts';
export type { ListDiff, Matched } from './list.ts';

export interface ValueChange<T> {
  readonly from: T;
  readonly to: T;
}

/** A matched element that differs. Type, area and role changes are reported apart from other fields. */
export interface ElementChange extends Matched {
  readonly name: string;
  /** Changed content: name, description, optional, properties, provenance, goals. */
  readonly fields: readonly FieldChange[];
  readonly retyped: ValueChange<string> | null;
  /** A change of lane: the element moved to another area and/or role. */
  readonly moved: { readonly area?: ValueChange<string | null>; readonly role?: ValueChange<string | null> } | null;
}

export interface RelationChange extends Matched {
  /** Changed label, source or target. */
  readonly fields: readonly FieldChange[];
  readonly retyped: ValueChange<string> | null;
}

export interface ViewChange extends Matched {
  /** Changed name, perspective or description. */
  readonly fields: readonly FieldChange[];
  /** Elements shown or hidden; `elements` is the view's new member list. */
  readonly membership: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly elements: View['elements'];
  } | null;
}

/** Position changes in one view present in both documents; reported apart from content changes. */
export interface LayoutChange {
  readonly view: string;
  readonly moved: readonly { readonly id: string; readonly from: Point; readonly to: Point }[];
  readonly placed: readonly { readonly id: string; readonly at: Point }[];
  readonly unplaced: readonly { readonly id: string; readonly at: Point }[];
}

/** A matched item (goal, lane, naming rule, source) whose fields differ. */
export interface ItemChange extends Matched {
  readonly fields: readonly FieldChange[];
}

/** The semantic difference between two documents; `applyDiff(a, diffDocuments(a, b))` rebuilds b. */
export interface DocumentDiff {
  /** How elements were matched: by id, or by the derivation links of a derived model to its reference. */
  readonly matchedBy: 'id' | 'derivation';
  readonly elements: ListDiff<Element, ElementChange>;
  readonly relations: ListDiff<Relation, RelationChange>;
  readonly views: ListDiff<View, ViewChange>;
  readonly layout: readonly LayoutChange[];
  readonly structuralGoals: ListDiff<StructuralGoal, ItemChange>;
  readonly macroStructure: { readonly areas: ListDiff<Lane, ItemChange>; readonly roles: ListDiff<Lane, ItemChange> };
  readonly designGoals: {
    readonly fields: readonly FieldChange[];
    readonly namingRules: ListDiff<NamingRule, ItemChange>;
  };
  readonly meta: { readonly fields: readonly FieldChange[]; readonly sources: ListDiff<Source, ItemChange> };
  /** Whole-value changes of the remaining parts: method state, evaluations, validation settings, derivation. */
  readonly other: readonly FieldChange[];
}

const ELEMENT_APART = new Set(['id', 'type', 'area', 'role']);
const VIEW_APART = new Set(['id', 'elements', 'positions']);
const RELATION_APART = new Set(['id', 'type']);
const ID = new Set(['id']);
/** Top-level keys compared in their own sections; everything else is compared as whole values. */
export const SECTIONED = new Set([
  'meta',
  'structuralGoals',
  'macroStructure',
  'designGoals',
  'elements',
  'relations',
  'views',
]);

/**
 * Compares two documents semantically. Elements match by id, or by `derivation.links` when one document
 * is derived from the other; relations, views, goals and lanes match by id. Layout is reported apart.
 */
export function diffDocuments(a: RefDocument, b: RefDocument): DocumentDiff {
  const { pairs, matchedBy } = elementPairs(a, b);
  const elements = diffList(a.elements, b.elements, describeElement, pairs);
  const base = remapElementIds(a, idMapOf(elements.changed));
  const views = diffList(base.views, b.views, (x, y) => describeView(x, y, base, b));
  return {
    matchedBy,
    elements,
    relations: diffList(base.relations, b.relations, describeRelation),
    views,
    layout: layoutChanges(base.views, b.views),
    structuralGoals: diffList(a.structuralGoals, b.structuralGoals, describeItem),
    macroStructure: {
      areas: diffList(a.macroStructure.areas, b.macroStructure.areas, describeItem),
      roles: diffList(a.macroStructure.roles, b.macroStructure.roles, describeItem),
    },
    designGoals: {
      fields: fieldChanges(a.designGoals, b.designGoals, new Set(['namingRules'])),
      namingRules: diffList(a.designGoals.namingRules, b.designGoals.namingRules, describeItem),
    },
    meta: {
      fields: fieldChanges(a.meta, b.meta, new Set(['sources'])),
      sources: diffList(a.meta.sources, b.meta.sources, describeItem),
    },
    other: otherChanges(a, b),
  };
}

/** New element id → old element id, when matching by derivation links; null means match by id. */
function elementPairs(
  a: RefDocument,
  b: RefDocument,
): { pairs: Map<string, string> | undefined; matchedBy: DocumentDiff['matchedBy'] } {
  const forward = b.derivation !== undefined && b.derivation.reference.id === a.meta.id && a.meta.id !== b.meta.id;
  const backward =
    !forward && a.derivation !== undefined && a.derivation.reference.id === b.meta.id && a.meta.id !== b.meta.id;
  if (!forward && !backward) return { pairs: undefined, matchedBy: 'id' };
  const pairs = new Map<string, string>();
  // An omission link does not bind an element that later took the same id.
  const linked = (doc: RefDocument, id: string) => {
    const link = doc.derivation?.links[id];
    return link && link.adaptation !== 'omitted' ? link.derivedFrom : undefined;
  };
  if (forward) {
    for (const el of b.elements) {
      const from = linked(b, el.id);
      if (from !== undefined) pairs.set(el.id, from);
    }
  } else {
    for (const el of a.elements) {
      const from = linked(a, el.id);
      if (from !== undefined) pairs.set(from, el.id);
    }
  }
  return { pairs, matchedBy: 'derivation' };
}

/** Old id → new id of elements matched under another id. */
export function idMapOf(changes: readonly ElementChange[]): Map<string, string> {
  return new Map(changes.filter((c) => c.id !== c.from).map((c) => [c.from, c.id]));
}

/** Renames element ids wherever elements are referred to, so relations and views compare with the other document. */
export function remapElementIds(doc: RefDocument, idMap: ReadonlyMap<string, string>): RefDocument {
  if (idMap.size === 0) return doc;
  const to = (id: string) => idMap.get(id) ?? id;
  return {
    ...doc,
    elements: doc.elements.map((e) => ({ ...e, id: to(e.id) })),
    relations: doc.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) })),
    views: doc.views.map((v) => ({
      ...v,
      elements: v.elements === 'all' ? 'all' : v.elements.map(to),
      positions: Object.fromEntries(Object.entries(v.positions).map(([id, p]) => [to(id), p])),
    })),
  };
}

function describeElement(a: Element, b: Element): ElementChange | null {
  const fields = fieldChanges(a, b, ELEMENT_APART);
  const retyped = a.type === b.type ? null : { from: a.type, to: b.type };
  const area = a.area === b.area ? undefined : { from: a.area, to: b.area };
  const role = a.role === b.role ? undefined : { from: a.role, to: b.role };
  const moved = area || role ? { ...(area && { area }), ...(role && { role }) } : null;
  if (!fields.length && !retyped && !moved && a.id === b.id) return null;
  return { id: b.id, from: a.id, name: b.name, fields, retyped, moved };
}

function describeRelation(a: Relation, b: Relation): RelationChange | null {
  const fields = fieldChanges(a, b, RELATION_APART);
  const retyped = a.type === b.type ? null : { from: a.type, to: b.type };
  return fields.length || retyped ? { id: b.id, from: a.id, fields, retyped } : null;
}

function describeView(a: View, b: View, docA: RefDocument, docB: RefDocument): ViewChange | null {
  const fields = fieldChanges(a, b, VIEW_APART);
  const membership = deepEqual(a.elements, b.elements) ? null : membershipChange(a, b, docA, docB);
  return fields.length || membership ? { id: b.id, from: a.id, fields, membership } : null;
}

function membershipChange(
  a: View,
  b: View,
  docA: RefDocument,
  docB: RefDocument,
): NonNullable<ViewChange['membership']> {
  const before = new Set(a.elements === 'all' ? docA.elements.map((e) => e.id) : a.elements);
  const after = b.elements === 'all' ? docB.elements.map((e) => e.id) : b.elements;
  const kept = new Set(after);
  return {
    added: after.filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !kept.has(id)),
    elements: b.elements,
  };
}

function describeItem<T extends { id: string }>(a: T, b: T): ItemChange | null {
  const fields = fieldChanges(a, b, ID);
  return fields.length ? { id: b.id, from: a.id, fields } : null;
}

function layoutChanges(before: readonly View[], after: readonly View[]): LayoutChange[] {
  const old = new Map(before.map((v) => [v.id, v]));
  const changes: LayoutChange[] = [];
  for (const view of after) {
    const previous = old.get(view.id);
    if (!previous) continue;
    const moved: LayoutChange['moved'][number][] = [];
    const placed: LayoutChange['placed'][number][] = [];
    for (const [id, to] of Object.entries(view.positions)) {
      const from = previous.positions[id];
      if (!from) placed.push({ id, at: to });
      else if (from.x !== to.x || from.y !== to.y) moved.push({ id, from, to });
    }
    const unplaced = Object.entries(previous.positions)
      .filter(([id]) => !Object.hasOwn(view.positions, id))
      .map(([id, at]) => ({ id, at }));
    if (moved.length || placed.length || unplaced.length) changes.push({ view: view.id, moved, placed, unplaced });
  }
  return changes;
}

function otherChanges(a: RefDocument, b: RefDocument): FieldChange[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys]
    .filter((k) => !SECTIONED.has(k) && !deepEqual(left[k], right[k]))
    .map((k) => ({ path: [k], from: left[k], to: right[k] }));
}

/** True when the documents differ in nothing, layout included. */
export function isEmptyDiff(diff: DocumentDiff): boolean {
  const lists = [
    diff.elements,
    diff.relations,
    diff.views,
    diff.structuralGoals,
    diff.macroStructure.areas,
    diff.macroStructure.roles,
    diff.designGoals.namingRules,
    diff.meta.sources,
  ];
  return (
    lists.every((l) => !l.added.length && !l.removed.length && !l.changed.length && !l.order) &&
    !diff.layout.length &&
    !diff.designGoals.fields.length &&
    !diff.meta.fields.length &&
    !diff.other.length
  );
}
