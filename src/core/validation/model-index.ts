import type { Metamodel } from '../metamodel/metamodel.ts';
import type { RelationType } from '../metamodel/schema.ts';
import type { Element, RefDocument, Relation, View } from '../model/schema.ts';

/** The relations of a node without any: shared, and frozen so that nothing pushes to it (link replaces it). */
const NONE = Object.freeze<Relation[]>([]) as Relation[];

/** The elements at the two ends of a relation. */
export interface Ends {
  source: Element | undefined;
  target: Element | undefined;
}

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

/** What the index knows about one id: the element with that id, if any, and the relations that name it. */
interface Node {
  element: Element | undefined;
  /** The category of the element's type, kept here so neighbours' categories cost one lookup. */
  category: string | undefined;
  relations: Relation[];
  /** Relations counted by reserveRelation and not yet placed in `relations`. */
  pending: number;
}

/**
 * Lookups over one document, built once per run and then kept up to date element by element
 * and relation by relation, so that a single edit costs little to revalidate.
 */
export class ModelIndex {
  /** Keys ("type\u0000lower-case name") of names that two or more elements of one type share. */
  readonly duplicateNames = new Set<string>();
  private readonly nodes = new Map<string, Node>();
  private elements = 0;
  /** Per type and lower-case name: the element, or all of them once two share it (no array for the usual unique name). */
  private readonly namesake = new Map<string, Map<string, Element | Element[]>>();
  private readonly areaCount = new Map<string, number>();
  private readonly roleCount = new Map<string, number>();
  private readonly servers = new Map<string, number>();
  private readonly selectorTypes = new Map<string, Set<string>>();
  private readonly categories: Map<string, string>;
  private readonly allowed = new Map<string, Map<string, RelationType[]>>();
  // One-entry memos: the checks of one relation ask for its ends, the checks of one element for its relations.
  private memoAt: string | null = null;
  private memoRelations: readonly Relation[] = NONE;
  private memoRelation: Relation | null = null;
  /** The end nodes of the relations reserveRelation counted, two by two, in order; placeRelation takes them. */
  private reserved: Node[] = [];
  private placed = 0;
  private positions: { of: readonly Relation[]; at: Map<Relation, number> } | null = null;
  private readonly memoEnds: Ends = { source: undefined, target: undefined };
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
    this.forget();
    const node = this.node(el.id);
    if (node.element === undefined) this.elements++;
    node.element = el;
    node.category = this.categories.get(el.type);
    let names = this.namesake.get(el.type);
    if (!names) this.namesake.set(el.type, (names = new Map<string, Element | Element[]>()));
    const name = el.name.toLowerCase();
    const same = names.get(name);
    if (same === undefined) names.set(name, el);
    else {
      names.set(name, Array.isArray(same) ? [...same, el] : [same, el]);
      this.duplicateNames.add(`${el.type}\u0000${name}`);
    }
    if (el.area !== null) bump(this.areaCount, el.area, 1);
    if (el.role !== null) bump(this.roleCount, el.role, 1);
    for (const goal of el.goals) bump(this.servers, goal, 1);
  }

  removeElement(el: Element): void {
    this.forget();
    const node = this.nodes.get(el.id);
    if (node?.element === el) {
      node.element = undefined;
      node.category = undefined;
      this.elements--;
      if (node.relations.length === 0) this.nodes.delete(el.id);
    }
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
    const source = this.node(rel.source);
    const target = rel.target === rel.source ? source : this.node(rel.target);
    link(source, rel);
    if (target !== source) link(target, rel);
    this.remember(rel, source, target);
  }

  /**
   * A first run counts every relation at its ends before placeRelation indexes them in the same order: each end's
   * list is then made at its final size, instead of growing and being copied, which a large model's collector pays for.
   */
  reserveRelation(rel: Relation): void {
    const source = this.node(rel.source);
    const target = rel.target === rel.source ? source : this.node(rel.target);
    source.pending++;
    if (target !== source) target.pending++;
    this.reserved.push(source, target);
  }

  /** Indexes the next relation reserveRelation counted, like addRelation, without looking up its ends again. */
  placeRelation(rel: Relation): void {
    const source = this.reserved[this.placed++]!;
    const target = this.reserved[this.placed++]!;
    if (this.placed === this.reserved.length) {
      this.reserved = [];
      this.placed = 0;
    }
    place(source, rel);
    if (target !== source) place(target, rel);
    this.remember(rel, source, target);
  }

  removeRelation(rel: Relation): void {
    this.forget();
    this.unlink(rel.source, rel);
    if (rel.target !== rel.source) this.unlink(rel.target, rel);
  }

  /** The element with an id, or undefined. */
  element(id: string): Element | undefined {
    return this.nodes.get(id)?.element;
  }

  hasElement(id: string): boolean {
    return this.nodes.get(id)?.element !== undefined;
  }

  /** How many elements the document has. */
  get elementCount(): number {
    return this.elements;
  }

  /** Relations that start or end at an element id (whether or not the element exists), each once. */
  relationsAt(id: string): readonly Relation[] {
    if (id !== this.memoAt) {
      this.memoAt = id;
      this.memoRelations = this.nodes.get(id)?.relations ?? NONE;
    }
    return this.memoRelations;
  }

  /** The elements at both ends of a relation (undefined for an end that does not exist); valid until the next call. */
  ends(rel: Relation): Readonly<Ends> {
    if (rel !== this.memoRelation) {
      this.memoRelation = rel;
      this.memoEnds.source = this.element(rel.source);
      this.memoEnds.target = this.element(rel.target);
    }
    return this.memoEnds;
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
    for (const { element } of this.nodes.values()) if (element && types.has(element.type)) yield element;
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
    return this.nodes.get(id)?.category;
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

  private node(id: string): Node {
    let node = this.nodes.get(id);
    if (!node) this.nodes.set(id, (node = { element: undefined, category: undefined, relations: NONE, pending: 0 }));
    return node;
  }

  private unlink(id: string, rel: Relation) {
    const node = this.nodes.get(id);
    const i = node ? node.relations.lastIndexOf(rel) : -1;
    if (i < 0) return;
    node!.relations.splice(i, 1);
    if (node!.relations.length === 0 && node!.element === undefined) this.nodes.delete(id);
  }

  private remember(rel: Relation, source: Node, target: Node) {
    this.memoAt = null;
    this.memoRelation = rel;
    this.memoEnds.source = source.element;
    this.memoEnds.target = target.element;
  }

  private forget() {
    this.memoAt = null;
    this.memoRelation = null;
  }

  /** True when some view shows the element. */
  isShown(id: string): boolean {
    return this.shownIds === 'all' || this.shownIds.has(id);
  }
}

function link(node: Node, rel: Relation) {
  if (node.relations === NONE) node.relations = [rel];
  else node.relations.push(rel);
}

/** Puts a reserved relation in the first free place of its node's list, made at its full size on the first. */
function place(node: Node, rel: Relation) {
  if (node.relations === NONE) node.relations = new Array<Relation>(node.pending);
  node.relations[node.relations.length - node.pending--] = rel;
}

function bump(counts: Map<string, number>, key: string, by: number) {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}
