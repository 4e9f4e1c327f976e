import type { Draft } from 'immer';
import { classifyAdaptations, originOf } from '../derive/adaptations.ts';
import { referenceStamp } from '../derive/derive.ts';
import type { ReferenceChange } from '../derive/reference-changes.ts';
import { applyFieldChanges } from '../diff/fields.ts';
import type { LinkAdaptation } from '../model/derivation.ts';
import type { Element, Lane, RefDocument, Relation, StructuralGoal } from '../model/schema.ts';
import { deleteElements } from './elements.ts';
import { edit, type Edit } from './history.ts';
import type { Label } from './label.ts';

type Doc = Draft<RefDocument>;

/**
 * Records a person's decision on how an element adapts its reference element, with the reason;
 * null returns the element to the inferred adaptation. Elements without a reference element are left alone.
 */
export function setAdaptation(
  elementId: string,
  adaptation: Exclude<LinkAdaptation, 'omitted'> | null,
  note?: string,
): Edit {
  const label: Label = adaptation
    ? { id: 'derive.mark', params: { id: elementId, adaptation } }
    : { id: 'derive.infer', params: { id: elementId } };
  return edit(label, (doc) => {
    const link = doc.derivation?.links[elementId];
    if (!link) return;
    if (adaptation) link.adaptation = adaptation;
    link.explicit = adaptation !== null;
    if (note !== undefined) link.note = note;
  });
}

/** Deletes an element from the derived model and records that its reference element was omitted, and why. */
export function omitElement(elementId: string, note = ''): Edit {
  const remove = deleteElements([elementId]);
  return edit({ id: 'derive.omit', params: { id: elementId } }, (doc) => {
    remove.apply(doc);
    const link = doc.derivation?.links[elementId];
    if (link) Object.assign(link, { adaptation: 'omitted', explicit: true, note });
  });
}

/** Writes the inferred adaptations into the links not decided by a person, so the saved file states them. */
export function recordAdaptations(reference: RefDocument): Edit {
  return edit({ id: 'derive.record' }, (doc) => {
    const links = doc.derivation?.links;
    if (!links) return;
    for (const record of classifyAdaptations(reference, doc)) {
      const link = links[record.element];
      if (link && !link.explicit && record.inferred !== 'new' && link.adaptation !== record.inferred)
        link.adaptation = record.inferred;
    }
  });
}

/**
 * Takes reviewed changes of the reference model over into the derived model as one undo step, then
 * stamps the derivation with the new reference state (changes not taken over count as declined).
 * Lanes, goals and sources a taken-over element needs come along from `newReference`.
 */
export function takeOver(
  changes: readonly ReferenceChange[],
  newReference: RefDocument,
  at = new Date().toISOString(),
): Edit {
  const rank = (c: ReferenceChange) =>
    c.kind === 'removed' ? 3 : c.subject === 'relation' ? 2 : c.subject === 'element' ? 1 : 0;
  const ordered = [...changes].sort((x, y) => rank(x) - rank(y));
  return edit(
    changes.length === 1
      ? { id: 'derive.take-over-one', params: { summary: changes[0]!.summary } }
      : { id: 'derive.take-over', params: { count: changes.length } },
    (doc) => {
      if (!doc.derivation) return;
      const state = indexOf(doc);
      for (const c of ordered) {
        if (c.kind === 'removed') remove(doc, c, state);
        else if (c.subject === 'element') takeOverElement(doc, c, newReference, state);
        else if (c.subject === 'relation') takeOverRelation(doc, c, state);
        else takeOverItem(doc, c);
      }
      if (state.goneElements.size) {
        deleteElements([...state.goneElements]).apply(doc);
        for (const id of state.goneElements) delete doc.derivation.links[id];
      }
      if (state.goneRelations.size) doc.relations = doc.relations.filter((r) => !state.goneRelations.has(r.id));
      doc.derivation.reference = referenceStamp(newReference, at);
    },
  );
}

/** Lookups built once per take-over, so a large batch of changes stays linear. */
interface TakeOverState {
  readonly elements: Map<string, Element>;
  readonly relations: Map<string, Relation>;
  /** Reference element id → the first present derived element stemming from it. */
  readonly derivedOf: Map<string, string>;
  readonly taken: Set<string>;
  readonly goneElements: Set<string>;
  readonly goneRelations: Set<string>;
}

function indexOf(doc: Doc): TakeOverState {
  const derivedOf = new Map<string, string>();
  for (const e of doc.elements) {
    const origin = originOf(doc, e.id);
    if (origin !== null && !derivedOf.has(origin)) derivedOf.set(origin, e.id);
  }
  return {
    elements: new Map(doc.elements.map((e) => [e.id, e])),
    relations: new Map(doc.relations.map((r) => [r.id, r])),
    derivedOf,
    taken: new Set([
      ...doc.elements.map((e) => e.id),
      ...doc.relations.map((r) => r.id),
      ...Object.keys(doc.derivation?.links ?? {}),
    ]),
    goneElements: new Set(),
    goneRelations: new Set(),
  };
}

function remove(doc: Doc, c: ReferenceChange, state: TakeOverState): void {
  if (c.subject === 'element') for (const id of c.targets) state.goneElements.add(id);
  else if (c.subject === 'relation') for (const id of c.targets) state.goneRelations.add(id);
  else takeOverItem(doc, c);
}

function takeOverElement(doc: Doc, c: ReferenceChange, reference: RefDocument, state: TakeOverState): void {
  const links = doc.derivation!.links;
  if (c.kind === 'changed') {
    for (const id of c.targets) {
      const element = state.elements.get(id);
      if (!element) continue;
      applyFieldChanges(element, c.fields);
      bringDependencies(doc, element, reference);
    }
    return;
  }
  const item = c.item as Element;
  if (c.targets.length) {
    for (const id of c.targets) links[id] = { derivedFrom: item.id, adaptation: 'adopted', explicit: false, note: '' };
    state.derivedOf.set(item.id, c.targets[0]!);
    return;
  }
  const id = freeId(state.taken, item.id);
  const element = { ...structuredClone(item), id };
  doc.elements.push(element);
  links[id] = { derivedFrom: item.id, adaptation: 'adopted', explicit: false, note: '' };
  state.elements.set(id, element);
  state.derivedOf.set(item.id, id);
  bringDependencies(doc, element, reference);
  for (const view of reference.views) {
    const mine = doc.views.find((v) => v.id === view.id);
    if (!mine || mine.elements === 'all' || view.elements === 'all' || !view.elements.includes(item.id)) continue;
    mine.elements.push(id);
    const place = view.positions[item.id];
    if (place) mine.positions[id] = { ...place };
  }
}

/** Copies the areas, roles, goals and source an element refers to when the derived model lacks them. */
function bringDependencies(doc: Doc, element: Element, reference: RefDocument): void {
  const need = <T extends { id: string }>(list: T[], source: readonly T[], id: string | null | undefined) => {
    if (id == null || list.some((x) => x.id === id)) return;
    const item = source.find((x) => x.id === id);
    if (item) list.push(structuredClone(item));
  };
  need(doc.macroStructure.areas, reference.macroStructure.areas, element.area);
  need(doc.macroStructure.roles, reference.macroStructure.roles, element.role);
  for (const goal of element.goals) need(doc.structuralGoals, reference.structuralGoals, goal);
  need(doc.meta.sources, reference.meta.sources, element.provenance.source);
}

function takeOverRelation(doc: Doc, c: ReferenceChange, state: TakeOverState): void {
  if (c.kind === 'changed') {
    for (const id of c.targets) {
      const relation = state.relations.get(id);
      if (relation) applyFieldChanges(relation, c.fields);
    }
    return;
  }
  const item = c.item as Relation;
  const source = state.derivedOf.get(item.source);
  const target = state.derivedOf.get(item.target);
  // Its ends were omitted or not taken over: there is nothing to connect.
  if (source === undefined || target === undefined) return;
  const relation = { ...structuredClone(item), id: freeId(state.taken, item.id), source, target };
  doc.relations.push(relation);
  state.relations.set(relation.id, relation);
}

function takeOverItem(doc: Doc, c: ReferenceChange): void {
  const list: (Lane | StructuralGoal)[] =
    c.subject === 'area'
      ? doc.macroStructure.areas
      : c.subject === 'role'
        ? doc.macroStructure.roles
        : doc.structuralGoals;
  const index = list.findIndex((x) => x.id === c.referenceId);
  if (c.kind === 'added') {
    if (index >= 0) list[index] = structuredClone(c.item as Lane | StructuralGoal);
    else list.push(structuredClone(c.item as Lane | StructuralGoal));
  } else if (c.kind === 'changed') {
    if (index >= 0) applyFieldChanges(list[index] as Record<string, unknown>, c.fields);
  } else {
    if (index >= 0) list.splice(index, 1);
    for (const e of doc.elements) {
      if (c.subject === 'area' && e.area === c.referenceId) e.area = null;
      if (c.subject === 'role' && e.role === c.referenceId) e.role = null;
      if (c.subject === 'goal' && e.goals.includes(c.referenceId)) e.goals = e.goals.filter((g) => g !== c.referenceId);
    }
  }
}

/** The id itself when nothing uses it yet, else the id with the first free numeric suffix; marks it as used. */
function freeId(taken: Set<string>, id: string): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  taken.add(free);
  return free;
}
