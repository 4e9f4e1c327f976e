import { sayDerive, type Said } from '../i18n/say.ts';
import type { Adaptation } from '../model/derivation.ts';
import type { RefDocument } from '../model/schema.ts';
import { classifyAdaptations, newRelations, originOf, relationKey, type AdaptationRecord } from './adaptations.ts';

/** One place where the derived model departs from its reference model; its message reads in any language (deriveMessage). */
export interface Deviation extends Said {
  readonly subject: 'element' | 'relation';
  /** The id in the derived model, or in the reference for something the derived model lacks. */
  readonly id: string;
  readonly adaptation: Adaptation;
}

export interface Conformance {
  readonly referenceElements: number;
  /** Reference elements with at least one element in the derived model. */
  readonly reused: number;
  /** reused / referenceElements: the share of the reference model that was reused (1 for an empty reference). */
  readonly coverage: number;
  /** Elements of the derived model (and omitted ones) per adaptation in force. */
  readonly counts: Readonly<Record<Adaptation, number>>;
  readonly adaptations: readonly AdaptationRecord[];
  readonly deviations: readonly Deviation[];
}

/** How far a derived model conforms to its reference model: coverage, adaptation counts and every deviation. */
export function conformance(reference: RefDocument, derived: RefDocument): Conformance {
  const adaptations = classifyAdaptations(reference, derived);
  const counts: Record<Adaptation, number> = {
    adopted: 0,
    specialised: 0,
    extended: 0,
    renamed: 0,
    omitted: 0,
    new: 0,
  };
  for (const a of adaptations) counts[a.adaptation]++;
  const present = new Set(derived.elements.map((e) => e.id));
  const reusedIds = new Set(
    adaptations
      .filter((a) => a.derivedFrom !== null && a.inferred !== 'omitted' && present.has(a.element))
      .map((a) => a.derivedFrom!),
  );
  const reused = reference.elements.filter((e) => reusedIds.has(e.id)).length;
  return {
    referenceElements: reference.elements.length,
    reused,
    coverage: reference.elements.length ? reused / reference.elements.length : 1,
    counts,
    adaptations,
    deviations: [
      ...elementDeviations(reference, derived, adaptations),
      ...relationDeviations(reference, derived, reusedIds),
    ],
  };
}

function elementDeviations(
  reference: RefDocument,
  derived: RefDocument,
  adaptations: readonly AdaptationRecord[],
): Deviation[] {
  const referenceNames = new Map(reference.elements.map((e) => [e.id, e.name]));
  const derivedNames = new Map(derived.elements.map((e) => [e.id, e.name]));
  const linked = new Set(adaptations.map((a) => a.derivedFrom));
  const deviations: Deviation[] = [];
  for (const a of adaptations) {
    if (a.adaptation === 'adopted') continue;
    const name =
      (a.inferred === 'omitted' ? referenceNames.get(a.derivedFrom ?? '') : derivedNames.get(a.element)) ?? a.element;
    deviations.push({
      subject: 'element',
      id: a.element,
      adaptation: a.adaptation,
      ...describe(a, name, referenceNames),
    });
  }
  for (const e of reference.elements) {
    if (!linked.has(e.id))
      deviations.push({
        subject: 'element',
        id: e.id,
        adaptation: 'omitted',
        ...sayDerive('deviation.no-counterpart', { name: e.name }),
      });
  }
  return deviations;
}

function describe(a: AdaptationRecord, name: string, referenceNames: ReadonlyMap<string, string>): Said {
  const was = (a.derivedFrom === null ? undefined : referenceNames.get(a.derivedFrom)) ?? a.derivedFrom ?? '';
  const note = a.note ? { note: a.note } : {};
  switch (a.adaptation) {
    case 'new':
      return a.derivedFrom === null
        ? sayDerive('deviation.new', { name })
        : sayDerive('deviation.stems-from-gone', { name, from: a.derivedFrom });
    case 'omitted':
      return sayDerive('deviation.omitted', { name, ...note });
    case 'renamed':
      return sayDerive('deviation.renamed', { name, was, ...note });
    case 'extended':
      return sayDerive('deviation.extended', { name, count: a.newRelations.length, ...note });
    default:
      return sayDerive('deviation.specialised', { name, was, fields: a.fields, ...note });
  }
}

function relationDeviations(reference: RefDocument, derived: RefDocument, reusedIds: ReadonlySet<string>): Deviation[] {
  const names = new Map(reference.elements.map((e) => [e.id, e.name]));
  const derivedNames = new Map(derived.elements.map((e) => [e.id, e.name]));
  const present = new Set<string>();
  for (const r of derived.relations) {
    const source = originOf(derived, r.source);
    const target = originOf(derived, r.target);
    if (source !== null && target !== null) present.add(relationKey(r.type, source, target));
  }
  const deviations: Deviation[] = [];
  for (const r of reference.relations) {
    // A relation to an omitted element is gone with it; only relations between reused elements count.
    if (!reusedIds.has(r.source) || !reusedIds.has(r.target) || present.has(relationKey(r.type, r.source, r.target)))
      continue;
    deviations.push({
      subject: 'relation',
      id: r.id,
      adaptation: 'omitted',
      ...sayDerive('deviation.relation-omitted', {
        type: r.type,
        source: names.get(r.source) ?? r.source,
        target: names.get(r.target) ?? r.target,
      }),
    });
  }
  for (const r of newRelations(reference, derived)) {
    deviations.push({
      subject: 'relation',
      id: r.id,
      adaptation: 'new',
      ...sayDerive('deviation.relation-new', {
        type: r.type,
        source: derivedNames.get(r.source) ?? r.source,
        target: derivedNames.get(r.target) ?? r.target,
      }),
    });
  }
  return deviations;
}
