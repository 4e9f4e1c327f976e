import { fieldChanges } from '../diff/fields.ts';
import type { Adaptation, DerivationLink } from '../model/derivation.ts';
import type { RefDocument, Relation } from '../model/schema.ts';

/** The adaptation of one derived element (or of an omitted reference element) as the model stands. */
export interface AdaptationRecord {
  /** The element's id in the derived model; for an omitted element, the id it had. */
  readonly element: string;
  /** The reference element it stems from; null for a new element. */
  readonly derivedFrom: string | null;
  /** The adaptation in force: the one a person set explicitly, else the inferred one. */
  readonly adaptation: Adaptation;
  readonly inferred: Adaptation;
  readonly explicit: boolean;
  readonly note: string;
  /** Fields that differ from the reference element, e.g. "name", "type", "properties.segment". */
  readonly fields: readonly string[];
  /** Relations of the derived model at this element that the reference does not have. */
  readonly newRelations: readonly string[];
}

/** Content that makes an element "specialised" when it differs; provenance is documentation, not content. */
const NOT_CONTENT = new Set(['id', 'provenance']);

/**
 * Infers how each element of a derived model adapts its reference element: new (no link), omitted
 * (linked element deleted), specialised (type, properties, description, lane, goals or optional flag
 * changed), extended (only new relations), renamed (only the name changed), adopted (unchanged).
 * An explicit adaptation set by a person takes precedence over the inferred one.
 */
export function classifyAdaptations(reference: RefDocument, derived: RefDocument): AdaptationRecord[] {
  const links = derived.derivation?.links ?? {};
  const referenceElements = new Map(reference.elements.map((e) => [e.id, e]));
  const extensions = newRelationsByElement(reference, derived);
  const present = new Set(derived.elements.map((e) => e.id));
  const records = derived.elements.map((element) => {
    const link = linkOf(derived, element.id);
    const origin = link ? referenceElements.get(link.derivedFrom) : undefined;
    if (!link || !origin) return record(element.id, link, 'new', [], []);
    const fields = fieldChanges(origin, element, NOT_CONTENT).map((c) => c.path.join('.'));
    const newRelations = extensions.get(element.id) ?? [];
    const inferred = fields.some((f) => f !== 'name')
      ? 'specialised'
      : newRelations.length
        ? 'extended'
        : fields.length
          ? 'renamed'
          : 'adopted';
    return record(element.id, link, inferred, fields, newRelations);
  });
  for (const [id, link] of Object.entries(links))
    if (!present.has(id) || link.adaptation === 'omitted') records.push(record(id, link, 'omitted', [], []));
  return records;
}

function record(
  element: string,
  link: DerivationLink | undefined,
  inferred: Adaptation,
  fields: string[],
  newRelations: string[],
): AdaptationRecord {
  const explicit = link?.explicit === true && inferred !== 'new';
  return {
    element,
    derivedFrom: link?.derivedFrom ?? null,
    adaptation: explicit ? link.adaptation : inferred,
    inferred,
    explicit,
    note: link?.note ?? '',
    fields,
    newRelations,
  };
}

/** A relation's identity across models: its type and its ends in reference-element ids. */
export function relationKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/**
 * The link of a present element. A link recording an omission does not bind an element
 * that later took the same id: that element is new.
 */
export function linkOf(derived: RefDocument, elementId: string): DerivationLink | undefined {
  const link = derived.derivation?.links[elementId];
  return link && link.adaptation !== 'omitted' ? link : undefined;
}

/** The reference element a derived element stems from (null for a new element). */
export function originOf(derived: RefDocument, elementId: string): string | null {
  return linkOf(derived, elementId)?.derivedFrom ?? null;
}

/** Relations of the derived model with no counterpart (same type between the same reference elements) in the reference. */
export function newRelations(reference: RefDocument, derived: RefDocument): Relation[] {
  const known = new Set(reference.relations.map((r) => relationKey(r.type, r.source, r.target)));
  return derived.relations.filter((r) => {
    const source = originOf(derived, r.source);
    const target = originOf(derived, r.target);
    return source === null || target === null || !known.has(relationKey(r.type, source, target));
  });
}

function newRelationsByElement(reference: RefDocument, derived: RefDocument): Map<string, string[]> {
  const byElement = new Map<string, string[]>();
  const add = (element: string, relation: string) => {
    const list = byElement.get(element);
    if (list) list.push(relation);
    else byElement.set(element, [relation]);
  };
  for (const r of newRelations(reference, derived)) {
    add(r.source, r.id);
    if (r.target !== r.source) add(r.target, r.id);
  }
  return byElement;
}
