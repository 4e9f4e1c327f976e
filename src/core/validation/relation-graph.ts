import type { Element, Relation } from '../model/schema.ts';

/** The relations of an id without any: shared, and frozen so that nothing pushes to it. */
const NONE = Object.freeze<Relation[]>([]) as Relation[];
const EMPTY: Int32Array = new Int32Array(0);

/** The elements at the two ends of a relation, and their types as the index holds them (a type exactly when an element). */
export interface Ends {
  readonly source: Element | undefined;
  readonly target: Element | undefined;
  readonly sourceType: string | undefined;
  readonly targetType: string | undefined;
}

/** The array itself while it holds `size` numbers, else a copy at least twice as long. */
function room(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Elements and relations by number: every id gets a slot when first seen (in that order), every relation a handle,
 * and ends, relation types and element types are numbers in typed arrays. A first run packs each slot's relations
 * into one shared array (rows in the style of compressed sparse rows); an edit gives the slots it touches rows of
 * their own. Checks of a large model then read a few compact arrays instead of chasing objects and hashing ids.
 */
export class RelationGraph {
  private readonly slots = new Map<string, number>();
  private readonly elementAt: (Element | undefined)[] = [];
  /** Per slot, the code of its element's type; -1 for a slot without an element. */
  private typeAt: Int32Array;
  private readonly typeCodes = new Map<string, number>();
  private readonly typeIds: string[] = [];
  private readonly typeCategories: (string | undefined)[] = [];
  private elements = 0;
  private relationAt: (Relation | undefined)[] = [];
  private sourceAt: Int32Array;
  private targetAt: Int32Array;
  private kindAt: Int32Array;
  private readonly kindCodes = new Map<string, number>();
  /** Per slot, its relations counted by reserve; then, while place fills the rows, the next free place in its row. */
  private count: Int32Array;
  /** Where each packed slot's row starts in `rows` (one more entry for the end of the last). */
  private rowStart: Int32Array = new Int32Array(1);
  private rows: Int32Array = EMPTY;
  private packed = 0;
  private placed = 0;
  /** Rows of the slots an edit touched, which replace their packed rows. */
  private readonly own = new Map<number, Int32Array>();
  // The row seek found: list[from..to).
  private list: Int32Array = EMPTY;
  private from = 0;
  private to = 0;
  // One-entry memos: the checks of one element ask for its slot and relations, the checks of one relation for its ends.
  private memoId: string | null = null;
  private memoSlot = -1;
  private memoAt: string | null = null;
  private memoRelations: readonly Relation[] = NONE;
  private memoRelation: Relation | null = null;
  private readonly memoEnds = new SlotEnds(this);

  /** Sized for a document's elements and relations, so that a first run lays out each array once. */
  constructor(
    private readonly categories: ReadonlyMap<string, string>,
    elements: number,
    relations: number,
  ) {
    this.typeAt = new Int32Array(Math.max(64, elements));
    this.count = new Int32Array(Math.max(64, elements));
    this.sourceAt = new Int32Array(Math.max(64, relations));
    this.targetAt = new Int32Array(Math.max(64, relations));
    this.kindAt = new Int32Array(Math.max(64, relations));
  }

  /** Adds an element, or puts it in place of one with its id. */
  addElement(el: Element): void {
    this.forget();
    this.put(el, this.slotOrNew(el.id));
  }

  /**
   * Adds the elements of a first run from position `from` to `to`. Their ids get slots in a loop of their own: in a
   * large model each id lookup waits on memory, and a loop that does nothing else lets the processor overlap the waits.
   */
  addElements(elements: readonly Element[], from: number, to: number): void {
    this.forget();
    const slots = new Int32Array(to - from);
    for (let i = from; i < to; i++) slots[i - from] = this.slotOrNew(elements[i]!.id);
    for (let i = from; i < to; i++) this.put(elements[i]!, slots[i - from]!);
  }

  removeElement(el: Element): void {
    const s = this.slots.get(el.id);
    if (s === undefined || this.elementAt[s] !== el) return;
    this.forget();
    this.elementAt[s] = undefined;
    this.typeAt[s] = -1;
    this.elements--;
    this.freeIfEmpty(el.id, s);
  }

  /**
   * Gives a first run's relations from `from` to `to` their handles and counts them at their ends, so that place lays
   * out each row once at its final size. The ends are looked up in a loop of their own, as in addElements.
   */
  reserve(relations: readonly Relation[], from: number, to: number): void {
    this.forget();
    // A first run's handles are the relations' positions: the list is copied at once instead of grown one by one.
    if (from === 0) {
      this.relationAt = relations.slice();
      this.sourceAt = room(this.sourceAt, relations.length);
      this.targetAt = room(this.targetAt, relations.length);
      this.kindAt = room(this.kindAt, relations.length);
    }
    const { slots, sourceAt, targetAt, kindAt } = this;
    for (let h = from; h < to; h++) {
      const rel = relations[h]!;
      sourceAt[h] = slots.get(rel.source) ?? this.slotOrNew(rel.source);
      targetAt[h] = slots.get(rel.target) ?? this.slotOrNew(rel.target);
    }
    const { count } = this;
    for (let h = from; h < to; h++) {
      kindAt[h] = this.kindCode(relations[h]!.type);
      count[sourceAt[h]!]!++;
      if (targetAt[h] !== sourceAt[h]) count[targetAt[h]!]!++;
    }
  }

  /** Puts the next `n` reserved relations in the rows of their ends. */
  place(n: number): void {
    if (this.placed === 0) this.pack();
    const { sourceAt, targetAt, count, rows } = this;
    const end = this.placed + n;
    for (let h = this.placed; h < end; h++) {
      const s = sourceAt[h]!;
      const t = targetAt[h]!;
      rows[count[s]!++] = h;
      if (t !== s) rows[count[t]!++] = h;
    }
    this.placed = end;
  }

  /** Checks of the relation with a handle (its position in a first run): its ends are then known without a lookup. */
  focusRelation(rel: Relation, h: number): void {
    if (this.relationAt[h] === rel) this.remember(rel, this.sourceAt[h]!, this.targetAt[h]!);
  }

  /** Adds a relation after the first run: the rows of its ends become their own. */
  add(rel: Relation): void {
    this.forget();
    const s = this.slotOrNew(rel.source);
    const t = rel.target === rel.source ? s : this.slotOrNew(rel.target);
    const h = this.handle(rel, s, t);
    this.kindAt[h] = this.kindCode(rel.type);
    this.append(s, h);
    if (t !== s) this.append(t, h);
    this.remember(rel, s, t);
  }

  remove(rel: Relation): void {
    this.forget();
    const s = this.slots.get(rel.source);
    const t = this.slots.get(rel.target);
    const h = s === undefined ? -1 : this.drop(rel.source, s, rel);
    if (t !== undefined && t !== s) this.drop(rel.target, t, rel);
    // Its handle is not reused; letting go of the relation keeps a long session's edits from piling up.
    if (h >= 0) this.relationAt[h] = undefined;
  }

  /** Checks of the element at a position of the document's first run: its slot is then known without a lookup. */
  focus(el: Element, position: number): void {
    this.memoId = el.id;
    this.memoSlot = this.elementAt[position] === el ? position : (this.slots.get(el.id) ?? -1);
  }

  element(id: string): Element | undefined {
    const s = this.slot(id);
    return s < 0 ? undefined : this.elementAt[s];
  }

  get elementCount(): number {
    return this.elements;
  }

  /** The category of the element with an id, or undefined when there is no such element. */
  categoryAt(id: string): string | undefined {
    const s = this.slot(id);
    const type = s < 0 ? -1 : this.typeAt[s]!;
    return type < 0 ? undefined : this.typeCategories[type];
  }

  /** Relations that start or end at an id (whether or not an element has it), each once, in the order they came. */
  relationsAt(id: string): readonly Relation[] {
    if (id !== this.memoAt) {
      this.memoAt = id;
      this.seek(this.slot(id));
      const { list, from, to } = this;
      const relations = to > from ? new Array<Relation>(to - from) : NONE;
      for (let i = from; i < to; i++) relations[i - from] = this.relationAt[list[i]!]!;
      this.memoRelations = relations;
    }
    return this.memoRelations;
  }

  relationCount(id: string): number {
    this.seek(this.slot(id));
    return this.to - this.from;
  }

  /** True when a relation of a type links the element with an id, as its `end`, to an element of a category. */
  linked(id: string, type: string, end: 'source' | 'target', category: string): boolean {
    const kind = this.kindCodes.get(type);
    const s = this.slot(id);
    if (kind === undefined || s < 0) return false;
    this.seek(s);
    const { list, from, to, kindAt, typeAt, typeCategories } = this;
    const self = end === 'target' ? this.targetAt : this.sourceAt;
    const other = end === 'target' ? this.sourceAt : this.targetAt;
    for (let i = from; i < to; i++) {
      const h = list[i]!;
      if (kindAt[h] !== kind || self[h] !== s) continue;
      const otherType = typeAt[other[h]!]!;
      if (otherType >= 0 && typeCategories[otherType] === category) return true;
    }
    return false;
  }

  /** The elements at both ends of a relation (undefined for an end that does not exist); valid until the next call. */
  ends(rel: Relation): Readonly<Ends> {
    if (rel !== this.memoRelation)
      this.remember(rel, this.slots.get(rel.source) ?? -1, this.slots.get(rel.target) ?? -1);
    return this.memoEnds;
  }

  /** The element in a slot; undefined for none (-1) or an empty slot. */
  elementIn(s: number): Element | undefined {
    return s < 0 ? undefined : this.elementAt[s];
  }

  /** The type of the element in a slot; undefined for none (-1) or an empty slot. */
  typeIn(s: number): string | undefined {
    const type = s < 0 ? -1 : this.typeAt[s]!;
    return type < 0 ? undefined : this.typeIds[type];
  }

  /** Every element, in the order its id was first seen. */
  *elementsInOrder(): Iterable<Element> {
    for (const el of this.elementAt) if (el) yield el;
  }

  private slot(id: string): number {
    if (id !== this.memoId) {
      this.memoId = id;
      this.memoSlot = this.slots.get(id) ?? -1;
    }
    return this.memoSlot;
  }

  private slotOrNew(id: string): number {
    let s = this.slots.get(id);
    if (s === undefined) {
      s = this.elementAt.length;
      this.slots.set(id, s);
      this.elementAt.push(undefined);
      this.typeAt = room(this.typeAt, s + 1);
      this.typeAt[s] = -1;
      this.count = room(this.count, s + 1);
      this.memoId = null;
    }
    return s;
  }

  /** Forgets a slot with neither element nor relations: its id comes back, if ever, at the end of the order. */
  private freeIfEmpty(id: string, s: number): void {
    this.seek(s);
    if (this.elementAt[s] !== undefined || this.to > this.from) return;
    this.slots.delete(id);
    this.own.delete(s);
    this.memoId = null;
  }

  private put(el: Element, s: number): void {
    if (this.elementAt[s] === undefined) this.elements++;
    this.elementAt[s] = el;
    this.typeAt[s] = this.typeCode(el.type);
  }

  private kindCode(type: string): number {
    let kind = this.kindCodes.get(type);
    if (kind === undefined) this.kindCodes.set(type, (kind = this.kindCodes.size));
    return kind;
  }

  private typeCode(type: string): number {
    let code = this.typeCodes.get(type);
    if (code === undefined) {
      code = this.typeIds.length;
      this.typeCodes.set(type, code);
      this.typeIds.push(type);
      this.typeCategories.push(this.categories.get(type));
    }
    return code;
  }

  private handle(rel: Relation, s: number, t: number): number {
    const h = this.relationAt.length;
    this.relationAt.push(rel);
    this.sourceAt = room(this.sourceAt, h + 1);
    this.targetAt = room(this.targetAt, h + 1);
    this.kindAt = room(this.kindAt, h + 1);
    this.sourceAt[h] = s;
    this.targetAt[h] = t;
    return h;
  }

  /** Lays out the rows of every slot so far from the counts reserve made; count then holds each row's next place. */
  private pack(): void {
    this.packed = this.elementAt.length;
    this.rowStart = new Int32Array(this.packed + 1);
    let at = 0;
    for (let s = 0; s < this.packed; s++) {
      this.rowStart[s] = at;
      const n = this.count[s]!;
      this.count[s] = at;
      at += n;
    }
    this.rowStart[this.packed] = at;
    this.rows = new Int32Array(at);
  }

  /** Points list, from and to at a slot's row of relation handles (an empty one for no slot). */
  private seek(s: number): void {
    const own = s < 0 || this.own.size === 0 ? undefined : this.own.get(s);
    if (own) {
      this.list = own;
      this.from = 0;
      this.to = own.length;
    } else if (s >= 0 && s < this.packed) {
      this.list = this.rows;
      this.from = this.rowStart[s]!;
      this.to = this.rowStart[s + 1]!;
    } else {
      this.list = EMPTY;
      this.from = this.to = 0;
    }
  }

  private append(s: number, h: number): void {
    this.seek(s);
    const row = new Int32Array(this.to - this.from + 1);
    row.set(this.list.subarray(this.from, this.to));
    row[row.length - 1] = h;
    this.own.set(s, row);
  }

  /** Takes the last of a slot's relations that is `rel` out of its row; returns its handle, -1 when it was not there. */
  private drop(id: string, s: number, rel: Relation): number {
    this.seek(s);
    const { list, from, to } = this;
    let i = to - 1;
    while (i >= from && this.relationAt[list[i]!] !== rel) i--;
    if (i < from) return -1;
    const h = list[i]!;
    const row = new Int32Array(to - from - 1);
    row.set(list.subarray(from, i));
    row.set(list.subarray(i + 1, to), i - from);
    this.own.set(s, row);
    this.freeIfEmpty(id, s);
    return h;
  }

  private remember(rel: Relation, s: number, t: number): void {
    this.memoAt = null;
    this.memoRelation = rel;
    this.memoEnds.sourceSlot = s;
    this.memoEnds.targetSlot = t;
  }

  private forget(): void {
    this.memoId = null;
    this.memoAt = null;
    this.memoRelation = null;
  }
}

/** The ends of the relation last asked about, as slots: most checks need only the types, so the elements are read when asked. */
class SlotEnds implements Ends {
  sourceSlot = -1;
  targetSlot = -1;

  constructor(private readonly graph: RelationGraph) {}

  get source(): Element | undefined {
    return this.graph.elementIn(this.sourceSlot);
  }

  get target(): Element | undefined {
    return this.graph.elementIn(this.targetSlot);
  }

  get sourceType(): string | undefined {
    return this.graph.typeIn(this.sourceSlot);
  }

  get targetType(): string | undefined {
    return this.graph.typeIn(this.targetSlot);
  }
}
