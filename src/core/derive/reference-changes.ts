import {
  diffDocuments,
  type ElementChange,
  type ItemChange,
  type ListDiff,
  type RelationChange,
} from '../diff/diff.ts';
import { deepEqual, type FieldChange } from '../diff/fields.ts';
import type { Clash, LocalAdaptation } from '../i18n/en/derive.ts';
import { sayDerive, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';
import type { Element, Lane, RefDocument, Relation, StructuralGoal } from '../model/schema.ts';
import { classifyAdaptations, originOf, relationKey } from './adaptations.ts';

export type ChangeSubject = 'element' | 'relation' | 'area' | 'role' | 'goal';

/** A change of the reference model since derivation, as it would land in the derived model. */
export interface ReferenceChange {
  /** Unique in one list: subject, kind and reference id, e.g. "element:changed:lead". */
  readonly key: string;
  readonly subject: ChangeSubject;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly referenceId: string;
  readonly name: string;
  /** In English; `summaryText` words it in any language (deriveMessage). */
  readonly summary: string;
  readonly summaryText: Text;
  /** The ids in the derived model the change touches (for an added element: a local look-alike it would link). */
  readonly targets: readonly string[];
  /** For a change: the values to write into each target, in the derived model's ids. */
  readonly fields: readonly FieldChange[];
  /** For an addition: the item as the new reference has it. */
  readonly item?: Element | Relation | Lane | StructuralGoal;
  /** Keys of other changes this one needs (a new relation needs its new elements). */
  readonly requires: readonly string[];
  /** Why taking the change over would override a local adaptation, or null; in English, `conflictText` in any language. */
  readonly conflict: string | null;
  readonly conflictText: Text | null;
}

/**
 * What changed in the reference model between the state a model was derived from (`oldReference`) and
 * `newReference`, limited to elements, relations, lanes and structural goals, each marked when it clashes
 * with a local adaptation. Changes the derived model already has are left out.
 */
export function referenceChanges(
  oldReference: RefDocument,
  newReference: RefDocument,
  derived: RefDocument,
): ReferenceChange[] {
  const diff = diffDocuments(oldReference, newReference);
  const context = contextOf(oldReference, derived);
  const addedElements = new Set(diff.elements.added.map((p) => p.item.id));
  const oldRelations = new Map(oldReference.relations.map((r) => [r.id, r]));
  const newRelations = new Map(newReference.relations.map((r) => [r.id, r]));
  return [
    ...laneChanges('area', diff.macroStructure.areas, derived.macroStructure.areas, derived.elements, (e) => e.area),
    ...laneChanges('role', diff.macroStructure.roles, derived.macroStructure.roles, derived.elements, (e) => e.role),
    ...laneChanges('goal', diff.structuralGoals, derived.structuralGoals, derived.elements, (e, id) =>
      e.goals.includes(id) ? id : null,
    ),
    ...diff.elements.added.flatMap(({ item }) => elementAdded(item, context)),
    ...diff.elements.changed.flatMap((c) => elementChanged(c, context)),
    ...diff.elements.removed.flatMap((e) => elementRemoved(e, context)),
    ...diff.relations.added.flatMap(({ item }) => relationAdded(item, context, addedElements)),
    ...diff.relations.changed.flatMap((c) =>
      relationChanged(c, oldRelations.get(c.from)!, newRelations.get(c.id)!, context),
    ),
    ...diff.relations.removed.flatMap((r) => relationRemoved(r, context)),
  ];
}

interface Context {
  /** Reference element id → present derived elements linked to it. */
  readonly derivedOf: ReadonlyMap<string, Element[]>;
  /** Reference elements whose derived counterpart was omitted. */
  readonly omitted: ReadonlySet<string>;
  readonly adaptation: ReadonlyMap<string, string>;
  /** Derived relations by type and the reference elements their ends stem from. */
  readonly relationsByKey: ReadonlyMap<string, Relation[]>;
  /** New elements of the derived model by type and lower-case name, to spot a local look-alike. */
  readonly newByName: ReadonlyMap<string, Element>;
}

function contextOf(oldReference: RefDocument, derived: RefDocument): Context {
  const derivedOf = new Map<string, Element[]>();
  for (const e of derived.elements) {
    const origin = originOf(derived, e.id);
    if (origin === null) continue;
    const list = derivedOf.get(origin);
    if (list) list.push(e);
    else derivedOf.set(origin, [e]);
  }
  const records = classifyAdaptations(oldReference, derived);
  const omitted = new Set(
    records
      .filter((r) => r.adaptation === 'omitted' && r.derivedFrom !== null && !derivedOf.has(r.derivedFrom))
      .map((r) => r.derivedFrom!),
  );
  const relationsByKey = new Map<string, Relation[]>();
  for (const r of derived.relations) {
    const source = originOf(derived, r.source);
    const target = originOf(derived, r.target);
    if (source === null || target === null) continue;
    const key = relationKey(r.type, source, target);
    const list = relationsByKey.get(key);
    if (list) list.push(r);
    else relationsByKey.set(key, [r]);
  }
  const newByName = new Map<string, Element>();
  for (const e of derived.elements) if (originOf(derived, e.id) === null) newByName.set(lookAlikeKey(e), e);
  return {
    derivedOf,
    omitted,
    adaptation: new Map(records.map((r) => [r.element, r.adaptation])),
    relationsByKey,
    newByName,
  };
}

function lookAlikeKey(e: Element): string {
  return `${e.type}|${e.name.trim().toLowerCase()}`;
}

function change(
  subject: ChangeSubject,
  kind: ReferenceChange['kind'],
  referenceId: string,
  name: string,
  summary: Said,
  { conflict = null, ...rest }: Partial<Omit<ReferenceChange, 'conflict'>> & { conflict?: Said | null } = {},
): ReferenceChange {
  return {
    key: `${subject}:${kind}:${referenceId}`,
    subject,
    kind,
    referenceId,
    name,
    summary: summary.message,
    summaryText: summary.text,
    targets: [],
    fields: [],
    requires: [],
    conflict: conflict?.message ?? null,
    conflictText: conflict?.text ?? null,
    ...rest,
  };
}

function elementAdded(item: Element, context: Context): ReferenceChange[] {
  if (context.derivedOf.has(item.id)) return [];
  const lookAlike = context.newByName.get(lookAlikeKey(item));
  return [
    change('element', 'added', item.id, item.name, sayDerive('change.added', { subject: 'element', name: item.name }), {
      item,
      targets: lookAlike ? [lookAlike.id] : [],
      conflict: lookAlike ? sayDerive('conflict.look-alike', { name: lookAlike.name }) : null,
    }),
  ];
}

function elementRemoved(item: Element, context: Context): ReferenceChange[] {
  const targets = context.derivedOf.get(item.id) ?? [];
  if (!targets.length) return [];
  const adapted = targets.filter((t) => context.adaptation.get(t.id) !== 'adopted');
  return [
    change(
      'element',
      'removed',
      item.id,
      item.name,
      sayDerive('change.removed', { subject: 'element', name: item.name }),
      {
        targets: targets.map((t) => t.id),
        conflict: adapted.length
          ? sayDerive('conflict.adapted', {
              name: adapted[0]!.name,
              adaptation: context.adaptation.get(adapted[0]!.id) as LocalAdaptation,
            })
          : null,
      },
    ),
  ];
}

function elementChanged(c: ElementChange, context: Context): ReferenceChange[] {
  const targets = context.derivedOf.get(c.id) ?? [];
  const all: FieldChange[] = [...c.fields];
  if (c.retyped) all.push({ path: ['type'], ...c.retyped });
  if (c.moved?.area) all.push({ path: ['area'], ...c.moved.area });
  if (c.moved?.role) all.push({ path: ['role'], ...c.moved.role });
  const merged = mergeFields(all, targets);
  if (!targets.length || !merged.fields.length) return [];
  const fields = merged.fields.map((f) => f.path.join('.'));
  return [
    change(
      'element',
      'changed',
      c.id,
      c.name,
      sayDerive('change.changed', { subject: 'element', name: c.name, fields }),
      {
        targets: targets.map((t) => t.id),
        fields: merged.fields,
        conflict: clashes(merged.clashes, true),
      },
    ),
  ];
}

/** Keeps the fields some target lacks; a clash is a target whose value is neither the old nor the new one. */
function mergeFields(
  fields: readonly FieldChange[],
  targets: readonly object[],
): { fields: FieldChange[]; clashes: Clash[] } {
  const kept: FieldChange[] = [];
  const clashes: Clash[] = [];
  for (const f of fields) {
    const values = targets.map((t) => valueAt(t, f.path));
    if (values.every((v) => deepEqual(v, f.to))) continue;
    kept.push(f);
    const local = values.findIndex((v) => !deepEqual(v, f.from) && !deepEqual(v, f.to));
    if (local >= 0)
      clashes.push({ kind: 'value', field: f.path.join('.'), here: show(values[local]), reference: show(f.to) });
  }
  return { fields: kept, clashes };
}

/** The clashes of taking a change over, "changed locally as well" when the derived model edited the same fields. */
function clashes(list: readonly Clash[], local: boolean): Said | null {
  return list.length ? sayDerive('conflict.clashes', { clashes: list, local }) : null;
}

export function valueAt(item: object, path: readonly string[]): unknown {
  let node: unknown = item;
  for (const key of path)
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** A value as JSON; nothing at all is '' (each language says "empty" its way). */
function show(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function relationAdded(item: Relation, context: Context, addedElements: ReadonlySet<string>): ReferenceChange[] {
  if (counterparts(item, context).length) return [];
  const ends = [item.source, item.target];
  const missing = ends.filter((end) => !context.derivedOf.has(end) && !addedElements.has(end));
  const requires = [...new Set(ends.filter((end) => !context.derivedOf.has(end) && addedElements.has(end)))].map(
    (end) => `element:added:${end}`,
  );
  const omitted = missing.filter((end) => context.omitted.has(end));
  return [
    change(
      'relation',
      'added',
      item.id,
      item.type,
      sayDerive('change.relation-added', { type: item.type, source: item.source, target: item.target }),
      {
        item,
        requires,
        conflict: omitted.length
          ? sayDerive('conflict.ends-omitted', { ends: omitted })
          : missing.length
            ? sayDerive('conflict.ends-missing', { ends: missing })
            : null,
      },
    ),
  ];
}

/** Derived relations that stand for a reference relation: same type between elements derived from its ends. */
function counterparts(relation: Relation, context: Context): Relation[] {
  return context.relationsByKey.get(relationKey(relation.type, relation.source, relation.target)) ?? [];
}

function relationRemoved(item: Relation, context: Context): ReferenceChange[] {
  const targets = counterparts(item, context);
  if (!targets.length) return [];
  return [
    change(
      'relation',
      'removed',
      item.id,
      item.type,
      sayDerive('change.relation-removed', { type: item.type, source: item.source, target: item.target }),
      { targets: targets.map((t) => t.id) },
    ),
  ];
}

function relationChanged(c: RelationChange, before: Relation, after: Relation, context: Context): ReferenceChange[] {
  const targets = counterparts(before, context);
  if (!targets.length) return [];
  const end = (id: string) => context.derivedOf.get(id)?.[0]?.id;
  const fields: FieldChange[] = [];
  const unresolved: string[] = [];
  for (const key of ['type', 'label', 'source', 'target'] as const) {
    if (before[key] === after[key]) continue;
    const to = key === 'source' || key === 'target' ? end(after[key]) : after[key];
    if (to === undefined) unresolved.push(after[key]);
    else fields.push({ path: [key], from: key === 'source' || key === 'target' ? end(before[key]) : before[key], to });
  }
  const merged = mergeFields(fields, targets);
  if (!merged.fields.length && !unresolved.length) return [];
  const all: Clash[] = [...merged.clashes, ...unresolved.map((id) => ({ kind: 'no-end' as const, id }))];
  return [
    change(
      'relation',
      'changed',
      c.id,
      after.type,
      sayDerive('change.relation-changed', {
        relation: c.id,
        fields: fields.map((f) => f.path[0]!),
        end: unresolved.length > 0,
      }),
      {
        targets: targets.map((t) => t.id),
        fields: merged.fields,
        conflict: clashes(all, false),
      },
    ),
  ];
}

type Item = Lane | StructuralGoal;

function laneChanges(
  subject: 'area' | 'role' | 'goal',
  diff: ListDiff<Item, ItemChange>,
  local: readonly Item[],
  elements: readonly Element[],
  uses: (e: Element, id: string) => string | null,
): ReferenceChange[] {
  const byId = new Map(local.map((item) => [item.id, item]));
  const label = (item: Item) => ('name' in item ? item.name : item.text);
  const changes: ReferenceChange[] = [];
  for (const { item } of diff.added) {
    const mine = byId.get(item.id);
    if (mine && deepEqual(mine, item)) continue;
    changes.push(
      change(subject, 'added', item.id, label(item), sayDerive('change.added', { subject, name: label(item) }), {
        item,
        targets: mine ? [mine.id] : [],
        conflict: mine ? sayDerive('conflict.own-lane', { subject, name: label(mine) }) : null,
      }),
    );
  }
  for (const c of diff.changed) {
    const mine = byId.get(c.id);
    const merged = mergeFields(c.fields, mine ? [mine] : []);
    if (!mine || !merged.fields.length) continue;
    changes.push(
      change(
        subject,
        'changed',
        c.id,
        label(mine),
        sayDerive('change.changed', { subject, name: label(mine), fields: merged.fields.map((f) => f.path.join('.')) }),
        {
          targets: [c.id],
          fields: merged.fields,
          conflict: clashes(merged.clashes, true),
        },
      ),
    );
  }
  for (const item of diff.removed) {
    if (!byId.has(item.id)) continue;
    const users = elements.filter((e) => uses(e, item.id) === item.id);
    changes.push(
      change(subject, 'removed', item.id, label(item), sayDerive('change.removed', { subject, name: label(item) }), {
        targets: [item.id],
        conflict: users.length ? sayDerive('conflict.lane-used', { count: users.length }) : null,
      }),
    );
  }
  return changes;
}
