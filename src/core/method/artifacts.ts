import type { Metamodel } from '../metamodel/metamodel.ts';
import type { RefDocument } from '../model/schema.ts';
import type { Artifact, Evidence } from './schema.ts';

/** An artifact of a step and how much of it the document holds. */
export interface ArtifactStatus {
  readonly artifact: Artifact;
  readonly count: number;
  readonly present: boolean;
}

/** Elements per type and relations per type, counted once for all steps of a progress report. */
export interface Tally {
  readonly elementTypes: ReadonlyMap<string, number>;
  readonly relationTypes: ReadonlyMap<string, number>;
}

export function tally(doc: RefDocument): Tally {
  const count = (items: readonly { type: string }[]) => {
    const counts = new Map<string, number>();
    for (const { type } of items) counts.set(type, (counts.get(type) ?? 0) + 1);
    return counts;
  };
  return { elementTypes: count(doc.elements), relationTypes: count(doc.relations) };
}

/** Counts the evidence of each artifact of a step in the document. */
export function artifactsPresent(
  doc: RefDocument,
  stepId: string,
  artifacts: readonly Artifact[],
  metamodel: Metamodel,
  counts: Tally = tally(doc),
): ArtifactStatus[] {
  return artifacts.map((artifact) => {
    const count = countEvidence(doc, stepId, artifact.evidence, metamodel, counts);
    return { artifact, count, present: count >= artifact.minCount };
  });
}

/** Whether the document holds nothing of an artifact's kind, its filter aside: no goal at all, no view at all. */
export function noneOfItsKind(
  doc: RefDocument,
  stepId: string,
  artifact: Artifact,
  metamodel: Metamodel,
  counts: Tally = tally(doc),
): boolean {
  const e = artifact.evidence;
  const broad =
    e.of === 'views' ? { ...e, perspective: undefined } : e.of === 'structural-goals' ? { ...e, kind: undefined } : e;
  return countEvidence(doc, stepId, broad, metamodel, counts) === 0;
}

/** True when an element type matches a selector list: a type id, or "category:<id>". */
export function selects(selectors: readonly string[], typeId: string, metamodel: Metamodel): boolean {
  const category = metamodel.elementType(typeId)?.category;
  return selectors.some((s) => s === typeId || (category !== undefined && s === `category:${category}`));
}

function countEvidence(
  doc: RefDocument,
  stepId: string,
  evidence: Evidence,
  metamodel: Metamodel,
  counts: Tally,
): number {
  const sum = (map: ReadonlyMap<string, number>, take: (type: string) => boolean) => {
    let n = 0;
    for (const [type, k] of map) if (take(type)) n += k;
    return n;
  };
  switch (evidence.of) {
    case 'structural-goals':
      return doc.structuralGoals.filter((g) => evidence.kind === undefined || g.kind === evidence.kind).length;
    case 'areas':
      return doc.macroStructure.areas.length;
    case 'roles':
      return doc.macroStructure.roles.length;
    case 'elements':
      return sum(counts.elementTypes, (type) => selects(evidence.select, type, metamodel));
    case 'relations':
      return sum(counts.relationTypes, (type) => evidence.types.includes(type));
    case 'goal-links':
      return doc.elements.filter((e) => e.goals.length > 0).length;
    case 'cited-elements':
      return doc.elements.filter((e) => e.provenance.source !== undefined).length;
    case 'sources':
      return doc.meta.sources.length;
    case 'naming-rules':
      return doc.designGoals.namingRules.length;
    case 'glossary':
      return doc.designGoals.glossary.length;
    case 'views':
      return doc.views.filter((v) => evidence.perspective === undefined || v.perspective === evidence.perspective)
        .length;
    case 'decisions':
      return doc.method.log.filter((entry) => entry.step === stepId && entry.action === 'decision').length;
    case 'evaluations':
      return doc.evaluations.length;
  }
}
