import type { Metamodel } from '../metamodel/metamodel.ts';
import type { RelationType } from '../metamodel/schema.ts';
import type { Element, RefDocument, Relation, View } from '../model/schema.ts';
import { RelationGraph, type Ends } from './relation-graph.ts';

/** True when two view lists show the same elements under the same names and perspectives (positions may differ). */
export function sameViewMembership(a: readonly View[], b: readonly View[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((v, i) => {
    const w = b[i]!;
    return (
      v === w || (v.id === w.id && v.name === w.name && v.perspective === w.perspective && v.elements === w.elements)
    );
  });
}

/**
 * Lookups over one document, built once per run and then kept up to date element by element
 * and relation by relation, so that a single edit costs little to revalidate.
 */
export class ModelIndex {
  /** Keys ("type\u0000lower-case name") of names that two or more elements of one type share. */
  readonly duplicateNames = new Set<string>();
  private readonly graph: RelationGraph;
  /** Per type and lower-case name: the element, or all of them once two share it (no array for the usual unique name). */
  private readonly namesake = new Map<string, Map<string, Element | Element[]>>();
  private readonly areaCount = new Map<string, number>();
  private readonly roleCount = new Map<string, number>();
  private readonly servers = new Map<string, number>();
  private readonly selectorTypes = new Map<string, Set<string>>();
  private readonly categories: Map<string, string>;
  private readonly allowed = new Map<string, Map<string, RelationType[]>>();
  private positions: { of: readonly Relation[]; at: Map<Relation, number> } | null = null;
  private viewsSeen: readonly View[] | null = null;
  private shownIds: Set<string> | 'all' = new Set();
  private goalsSeen: RefDocument['structuralGoals'] | null = null;
  private goalIdSet = new Set<string>();
  private macroSeen: RefDocument['macroStructure'] | null = null;
  private areaIdSet = new Set<string>();
  private roleIdSet = new Set<string>();

  /** The sizes, when known, make room for a document's elements and relations at once. */
  constructor(
    readonly metamodel: Metamodel,
    sizes: { elements: number; relations: number } = { elements: 0, relations: 0 },
  ) {
    this.categories = new Map(metamodel.data.elementTypes.map((t) => [t.id, t.category]));
    this.graph = new RelationGraph(this.categories, sizes.elements, sizes.relations);
  }

  /** Refreshes the lookups over goals, lanes and views when those parts of the document changed. */
  syncParts(doc: RefDocument): void {
    if (this.goalsSeen !== doc.structuralGoals) {
      this.goalsSeen = doc.structuralGoals;
      this.goalIdSet = new Set(doc.structuralGoals.map((g) => g.id));
    }
    if (this.macroSeen !== doc.macroStructure) {
      this.macroSeen = doc.macroStructure;
      this.areaIdSet = new Set(doc.macroStructure.areas.map((l) => l.id));
      this.roleIdSet = new Set(doc.macroStructure.roles.map((l) => l.id));
    }
    if (this.viewsSeen === null || !sameViewMembership(this.viewsSeen, doc.views)) {
      this.shownIds = doc.views.some((v) => v.elements === 'all')
        ? 'all'
        : new Set(doc.views.flatMap((v) => v.elements as string[]));
    }
    this.viewsSeen = doc.views;
  }

  addElement(el: Element): void {
    this.graph.addElement(el);
    this.name(el);
    this.tally(el);
  }

  /** Adds a first run's elements from position `from` to `to`; each kind of lookup has a loop of its own (see the graph). */
  addElements(elements: readonly Element[], from: number, to: number): void {
    this.graph.addElements(elements, from, to);
    for (let i = from; i < to; i++) this.nameFirst(elements[i]!);
    for (let i = from; i < to; i++) this.tally(elements[i]!);
    if (to === elements.length && this.duplicateNames.size > 0) this.gatherNamesakes(elements);
  }

  /**
   * A first run's name, stored without looking it up first (one lookup fewer per element of a large model): a name
   * that was there already is only noted as a duplicate, and gatherNamesakes lists its elements at the end.
   */
  private nameFirst(el: Element): void {
    let names = this.namesake.get(el.type);
    if (!names) this.namesake.set(el.type, (names = new Map<string, Element | Element[]>()));
    const name = el.name.toLowerCase();
    const size = names.size;
    names.set(name, el);
    if (names.size === size) this.duplicateNames.add(`${el.type}\u0000${name}`);
  }

  /** Lists, in the document's order, the elements of each name a first run found twice or more. */
  private gatherNamesakes(elements: readonly Element[]): void {
    const twice = new Map<string, Map<string, Element[]>>();
    for (const key of this.duplicateNames) {
      const [type = '', name = ''] = key.split('\u0000');
      if (!twice.has(type)) twice.set(type, new Map());
      twice.get(type)!.set(name, []);
    }
    for (const el of elements) twice.get(el.type)?.get(el.name.toLowerCase())?.push(el);
    for (const [type, names] of twice) for (const [name, same] of names) this.namesake.get(type)!.set(name, same);
  }

  private name(el: Element): void {
    let names = this.namesake.get(el.type);
    if (!names) this.namesake.set(el.type, (names = new Map<string, Element | Element[]>()));
    const name = el.name.toLowerCase();
    const same = names.get(name);
    if (same === undefined) names.set(name, el);
    else {
      names.set(name, Array.isArray(same) ? [...same, el] : [same, el]);
      this.duplicateNames.add(`${el.type}\u0000${name}`);
    }
  }

  /** Counts an element in its lanes and for the goals it serves. */
  private tally(el: Element): void {
    if (el.area !== null) bump(this.areaCount, el.area, 1);
    if (el.role !== null) bump(this.roleCount, el.role, 1);
    for (const goal of el.goals) bump(this.servers, goal, 1);
  }

  removeElement(el: Element): void {
    this.graph.removeElement(el);
    const names = this.namesake.get(el.type);
    const name = el.name.toLowerCase();
    const same = names?.get(name);
    if (same === el) names!.delete(name);
    else if (Array.isArray(same) && same.includes(el)) {
      const rest = same.filter((e) => e !== el);
      names!.set(name, rest.length === 1 ? rest[0]! : rest);
      if (rest.length === 1) this.duplicateNames.delete(`${el.type}\u0000${name}`);
    }
    if (el.area !== null) bump(this.areaCount, el.area, -1);
    if (el.role !== null) bump(this.roleCount, el.role, -1);
    for (const goal of el.goals) bump(this.servers, goal, -1);
  }

  /** Indexes a relation; its ends are then at hand for ends(rel) without another lookup. */
  addRelation(rel: Relation): void {
    this.graph.add(rel);
  }

  /**
   * A first run counts all relations at their ends (from `from` to `to` at a time) before placeRelations indexes them
   * in the same order: each end's relations are then laid out once, in one array for all.
   */
  reserveRelations(relations: readonly Relation[], from: number, to: number): void {
    this.graph.reserve(relations, from, to);
  }

  /** Indexes the next `count` relations reserveRelations counted, like addRelation. */
  placeRelations(count: number): void {
    this.graph.place(count);
  }

  /** The checks that follow are of the relation at a position of the document's first run (it spares two lookups). */
  focusRelation(rel: Relation, position: number): void {
    this.graph.focusRelation(rel, position);
  }

  removeRelation(rel: Relation): void {
    this.graph.remove(rel);
  }

  /** The checks that follow are of the element at a position of the document's first run (it spares a lookup). */
  focus(el: Element, position: number): void {
    this.graph.focus(el, position);
  }

  /** The element with an id, or undefined. */
  element(id: string): Element | undefined {
    return this.graph.element(id);
  }

  hasElement(id: string): boolean {
    return this.graph.element(id) !== undefined;
  }

  /** How many elements the document has. */
  get elementCount(): number {
    return this.graph.elementCount;
  }

  /** Relations that start or end at an element id (whether or not the element exists), each once. */
  relationsAt(id: string): readonly Relation[] {
    return this.graph.relationsAt(id);
  }

  /** How many relations start or end at an element id. */
  relationCount(id: string): number {
    return this.graph.relationCount(id);
  }

  /** True when a relation of `type` links the element with an id, as its `end`, to an element of `category`. */
  linked(id: string, type: string, end: 'source' | 'target', category: string): boolean {
    return this.graph.linked(id, type, end, category);
  }

  /** The elements at both ends of a relation, and their types; valid until the next call. */
  ends(rel: Relation): Readonly<Ends> {
    return this.graph.ends(rel);
  }

  /** A relation's place in the document's list of relations (the map is made once per list, when a check asks). */
  relationPosition(relations: readonly Relation[], rel: Relation): number {
    if (this.positions?.of !== relations) {
      const at = new Map<Relation, number>();
      for (let i = relations.length - 1; i >= 0; i--) at.set(relations[i]!, i);
      this.positions = { of: relations, at };
    }
    return this.positions.at.get(rel) ?? -1;
  }

  /** Elements sharing a key of duplicateNames, in the order they were indexed. */
  namesakes(key: string): readonly Element[] {
    const [type = '', name = ''] = key.split('\u0000');
    const same = this.namesake.get(type)?.get(name);
    return same === undefined ? [] : Array.isArray(same) ? same : [same];
  }

  /** Elements of every type a selector (a type id or "category:<id>") names. */
  *ofSelector(selector: string): Iterable<Element> {
    const types = this.typesOf(selector);
    for (const element of this.graph.elementsInOrder()) if (types.has(element.type)) yield element;
  }

  /** True when an element type falls under a selector. */
  matches(selector: string, typeId: string): boolean {
    return this.typesOf(selector).has(typeId);
  }

  /** The type ids a selector names; unknown selectors name none. */
  typesOf(selector: string): Set<string> {
    let types = this.selectorTypes.get(selector);
    if (!types) {
      const category = selector.startsWith('category:') ? selector.slice('category:'.length) : null;
      const all = this.metamodel.data.elementTypes;
      types = new Set(
        all.filter((t) => (category === null ? t.id === selector : t.category === category)).map((t) => t.id),
      );
      this.selectorTypes.set(selector, types);
    }
    return types;
  }

  /** The category id of an element type, or undefined for a type the metamodel lacks. */
  category(typeId: string): string | undefined {
    return this.categories.get(typeId);
  }

  /** Relation types the metamodel allows from one element type to another (memoised: checks ask for each relation). */
  allowedBetween(from: string, to: string): RelationType[] {
    let byTo = this.allowed.get(from);
    if (!byTo) this.allowed.set(from, (byTo = new Map<string, RelationType[]>()));
    let types = byTo.get(to);
    if (!types) byTo.set(to, (types = this.metamodel.allowedRelations(from, to)));
    return types;
  }

  /** The category of the element with an id, or undefined when there is no such element. */
  categoryAt(id: string): string | undefined {
    return this.graph.categoryAt(id);
  }

  laneCount(kind: 'area' | 'role', laneId: string): number {
    return (kind === 'area' ? this.areaCount : this.roleCount).get(laneId) ?? 0;
  }

  /** How many elements name a structural goal among the goals they serve. */
  serversOf(goalId: string): number {
    return this.servers.get(goalId) ?? 0;
  }

  isGoal(id: string): boolean {
    return this.goalIdSet.has(id);
  }

  isLane(kind: 'area' | 'role', id: string): boolean {
    return (kind === 'area' ? this.areaIdSet : this.roleIdSet).has(id);
  }

  /** True when some view shows the element. */
  isShown(id: string): boolean {
    return this.shownIds === 'all' || this.shownIds.has(id);
  }
}

function bump(counts: Map<string, number>, key: string, by: number) {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}
