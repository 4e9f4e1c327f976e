import type { Metamodel } from '../metamodel/metamodel.ts';
import type { RelationType } from '../metamodel/schema.ts';
import type { Element, RefDocument, Relation, View } from '../model/schema.ts';

const NONE: readonly Relation[] = [];

/** The key two elements share when they would read as the same thing: same type, same name up to case. */
export function nameKey(element: Element): string {
  return `${element.type}\u0000${element.name.toLowerCase()}`;
}

/** True when two view lists show the same elements under the same names and perspectives (positions may differ). */
export function sameViewMembership(a: readonly View[], b: readonly View[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((v, i) => {
    const w = b[i]!;
    return v === w || (v.id === w.id && v.name === w.name && v.perspective === w.perspective && v.elements === w.elements);
  });
}

/**
 * Lookups over one document, built once per run and then kept up to date element by element
 * and relation by relation, so that a single edit costs little to revalidate.
 */
export class ModelIndex {
  readonly elements = new Map<string, Element>();
  /** Keys of elements that share a name with another element of their type. */
  readonly duplicateNames = new Set<string>();
  private readonly links = new Map<string, Relation[]>();
  /** One element per name key, or all of them once two share it (no array for the usual unique name). */
  private readonly namesake = new Map<string, Element | Element[]>();
  private readonly areaCount = new Map<string, number>();
  private readonly roleCount = new Map<string, number>();
  private readonly servers = new Map<string, number>();
  private readonly selectorTypes = new Map<string, Set<string>>();
  private readonly categories: Map<string, string>;
  private readonly allowed = new Map<string, Map<string, RelationType[]>>();
  private viewsSeen: readonly View[] | null = null;
  private shownIds: Set<string> | 'all' = new Set();
  private goalsSeen: RefDocument['structuralGoals'] | null = null;
  private goalIdSet = new Set<string>();
  private macroSeen: RefDocument['macroStructure'] | null = null;
  private areaIdSet = new Set<string>();
  private roleIdSet = new Set<string>();

  constructor(readonly metamodel: Metamodel) {
    this.categories = new Map(metamodel.data.elementTypes.map((t) => [t.id, t.category]));
  }

  /** Builds the index of a whole document. */
  static of(doc: RefDocument, metamodel: Metamodel): ModelIndex {
    const index = new ModelIndex(metamodel);
    for (const el of doc.elements) index.addElement(el);
    for (const rel of doc.relations) index.addRelation(rel);
    index.syncParts(doc);
    return index;
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
      this.shownIds = doc.views.some((v) => v.elements === 'all') ? 'all' : new Set(doc.views.flatMap((v) => v.elements as string[]));
    }
    this.viewsSeen = doc.views;
  }

  addElement(el: Element): void {
    this.elements.set(el.id, el);
    const key = nameKey(el);
    const same = this.namesake.get(key);
    if (same === undefined) this.namesake.set(key, el);
    else {
      this.namesake.set(key, Array.isArray(same) ? [...same, el] : [same, el]);
      this.duplicateNames.add(key);
    }
    if (el.area !== null) bump(this.areaCount, el.area, 1);
    if (el.role !== null) bump(this.roleCount, el.role, 1);
    for (const goal of el.goals) bump(this.servers, goal, 1);
  }

  removeElement(el: Element): void {
    if (this.elements.get(el.id) === el) this.elements.delete(el.id);
    const key = nameKey(el);
    const same = this.namesake.get(key);
    if (same === el) this.namesake.delete(key);
    else if (Array.isArray(same) && same.includes(el)) {
      const rest = same.filter((e) => e !== el);
      this.namesake.set(key, rest.length === 1 ? rest[0]! : rest);
      if (rest.length === 1) this.duplicateNames.delete(key);
    }
    if (el.area !== null) bump(this.areaCount, el.area, -1);
    if (el.role !== null) bump(this.roleCount, el.role, -1);
    for (const goal of el.goals) bump(this.servers, goal, -1);
  }

  addRelation(rel: Relation): void {
    link(this.links, rel.source, rel);
    if (rel.target !== rel.source) link(this.links, rel.target, rel);
  }

  removeRelation(rel: Relation): void {
    unlink(this.links, rel.source, rel);
    if (rel.target !== rel.source) unlink(this.links, rel.target, rel);
  }

  /** Relations that start or end at an element id (whether or not the element exists), each once. */
  relationsAt(id: string): readonly Relation[] {
    return this.links.get(id) ?? NONE;
  }

  /** Elements sharing a name key, in the order they were indexed. */
  namesakes(key: string): readonly Element[] {
    const same = this.namesake.get(key);
    return same === undefined ? [] : Array.isArray(same) ? same : [same];
  }

  /** Elements of every type a selector (a type id or "category:<id>") names. */
  *ofSelector(selector: string): Iterable<Element> {
    const types = this.typesOf(selector);
    for (const el of this.elements.values()) if (types.has(el.type)) yield el;
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
      types = new Set(all.filter((t) => (category === null ? t.id === selector : t.category === category)).map((t) => t.id));
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
    if (!byTo) this.allowed.set(from, (byTo = new Map()));
    let types = byTo.get(to);
    if (!types) byTo.set(to, (types = this.metamodel.allowedRelations(from, to)));
    return types;
  }

  /** The category of the element at one end of a relation, or undefined when that element is missing. */
  categoryAt(id: string): string | undefined {
    const el = this.elements.get(id);
    return el ? this.category(el.type) : undefined;
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

function link(map: Map<string, Relation[]>, key: string, rel: Relation) {
  const list = map.get(key);
  if (list) list.push(rel);
  else map.set(key, [rel]);
}

function unlink(map: Map<string, Relation[]>, key: string, rel: Relation) {
  const list = map.get(key);
  const i = list ? list.lastIndexOf(rel) : -1;
  if (i < 0) return;
  if (list!.length === 1) map.delete(key);
  else list!.splice(i, 1);
}
