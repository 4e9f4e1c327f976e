import { modelHash } from '../model/hash.ts';
import { slug, uniqueId } from '../model/ids.ts';
import { FORMAT_VERSION, RefDocument, type Element, type Lane, type Relation, type Source } from '../model/schema.ts';
import { matchElements, type ElementMatch } from './match.ts';

/** An element of the candidate reference model: a match and how many of the source models have it. */
export interface Candidate {
  readonly match: ElementMatch;
  /** The element as the candidate model would hold it: the most common name, type and lane among its occurrences. */
  readonly element: Element;
  /** The source models that have it, by index. */
  readonly models: readonly number[];
}

/** A relation of the candidate: its type between two candidates, and the models that have it. */
export interface CandidateRelation {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly models: readonly number[];
}

export interface Induction {
  readonly sources: readonly RefDocument[];
  readonly candidates: readonly Candidate[];
  readonly relations: readonly CandidateRelation[];
}

export interface InduceOptions {
  /** Name similarity (0–1) from which elements of the same type are matched; 0.8 by default. */
  readonly similarity?: number;
  /** Matches a reviewer split up. */
  readonly split?: ReadonlySet<string>;
}

/** "in 3 of 4 models" */
export function frequencyText(count: number, total: number): string {
  return `in ${count} of ${total} model${total === 1 ? '' : 's'}`;
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Inductive reference modelling: matches the elements of two or more company or derived models and counts
 * in how many models each element and each relation occurs.
 */
export function induce(sources: readonly RefDocument[], options: InduceOptions = {}): Induction {
  const matches = matchElements(sources, { threshold: options.similarity ?? 0.8, split: options.split });
  const taken = new Set<string>();
  const candidateOf = new Map<string, string>();
  const candidates = matches.map((match): Candidate => {
    const elements = match.occurrences.map((o) => o.element);
    const name = mostCommon(elements.map((e) => e.name));
    const model = elements.find((e) => e.name === name)!;
    const origin = match.basis === 'derivation' ? match.id.slice(match.id.indexOf('#') + 1) : model.id;
    const id = uniqueId(origin, taken);
    taken.add(id);
    for (const o of match.occurrences) candidateOf.set(`${o.model}:${o.element.id}`, id);
    return {
      match,
      element: {
        ...structuredClone(model),
        id,
        type: mostCommon(elements.map((e) => e.type)),
        role: mostCommon(elements.map((e) => e.role)),
        area: mostCommon(elements.map((e) => e.area)),
      },
      models: [...new Set(match.occurrences.map((o) => o.model))].sort((a, b) => a - b),
    };
  });
  const relations = new Map<string, { type: string; source: string; target: string; models: Set<number> }>();
  sources.forEach((doc, model) => {
    for (const r of doc.relations) {
      const source = candidateOf.get(`${model}:${r.source}`);
      const target = candidateOf.get(`${model}:${r.target}`);
      if (!source || !target) continue;
      const key = `${r.type}|${source}|${target}`;
      const entry = relations.get(key) ?? { type: r.type, source, target, models: new Set<number>() };
      entry.models.add(model);
      relations.set(key, entry);
    }
  });
  return {
    sources,
    candidates,
    relations: [...relations.values()].map((r) => ({ ...r, models: [...r.models].sort((a, b) => a - b) })),
  };
}

export interface CandidateModelOptions {
  readonly id: string;
  readonly name: string;
  /** Candidates found in fewer models are left out. */
  readonly minModels: number;
  /** Candidates the reviewer left out, by match id. */
  readonly rejected?: ReadonlySet<string>;
  readonly at?: string;
}

/** The source of each input model in the candidate's provenance: its name, version and content hash. */
export function sourceOf(doc: RefDocument, taken: Set<string>): Source {
  const id = uniqueId(`model-${slug(doc.meta.name) || 'source'}`, taken);
  taken.add(id);
  return {
    id,
    label: doc.meta.name,
    citation: `${doc.meta.name}, version ${doc.meta.version}, model hash ${modelHash(doc)}${doc.derivation ? `, derived from ${doc.derivation.reference.name} ${doc.derivation.reference.version}` : ''}.`,
  };
}

/**
 * The candidate reference model: the accepted candidates found in at least `minModels` source models, the
 * relations between them found as often, the lanes they use, and provenance naming the source models and
 * the frequency of every element.
 */
export function candidateModel(induction: Induction, options: CandidateModelOptions): RefDocument {
  const { sources } = induction;
  const total = sources.length;
  const at = options.at ?? new Date().toISOString();
  // The sources the models cite (in glossaries and provenance) stay citable, next to the models themselves.
  const cited = union(sources.flatMap((d) => d.meta.sources));
  const takenSources = new Set(cited.map((s) => s.id));
  const sourceIds = sources.map((doc) => sourceOf(doc, takenSources));
  const kept = induction.candidates.filter(
    (c) => c.models.length >= options.minModels && !options.rejected?.has(c.match.id),
  );
  const keptIds = new Set(kept.map((c) => c.element.id));
  const goals = union(sources.flatMap((d) => d.structuralGoals));
  const goalIds = new Set(goals.map((g) => g.id));
  const elements: Element[] = kept.map((c) => ({
    ...c.element,
    goals: c.element.goals.filter((g) => goalIds.has(g)),
    provenance: {
      source: sourceIds[c.models[0]!]!.id,
      note: `Induced ${frequencyText(c.models.length, total)}: ${c.models.map((m) => sources[m]!.meta.name).join(', ')}.`,
      confidence: c.models.length === total ? 'high' : c.models.length * 2 >= total ? 'medium' : 'low',
      status: 'proposed',
    },
  }));
  const relationIds = new Set(keptIds);
  const relations: Relation[] = induction.relations
    .filter((r) => r.models.length >= options.minModels && keptIds.has(r.source) && keptIds.has(r.target))
    .map((r) => {
      const id = uniqueId(`r-${r.source}-${r.type}-${r.target}`.slice(0, 90), relationIds);
      relationIds.add(id);
      return { id, type: r.type, source: r.source, target: r.target, label: '' };
    });
  const used = (list: readonly Lane[], pick: (e: Element) => string | null) => {
    const ids = new Set(elements.map(pick));
    return list.filter((l) => ids.has(l.id));
  };
  const first = sources[0]!;
  return RefDocument.parse({
    formatVersion: FORMAT_VERSION,
    meta: {
      id: options.id,
      name: options.name,
      description: `A candidate reference model induced from ${total} models (${sources.map((d) => d.meta.name).join(', ')}): the elements found in at least ${options.minModels} of them.`,
      version: '0.1.0',
      created: at,
      modified: at,
      sources: [...sourceIds, ...cited],
    },
    structuralGoals: goals,
    macroStructure: {
      areas: used(union(sources.flatMap((d) => d.macroStructure.areas)), (e) => e.area),
      roles: used(union(sources.flatMap((d) => d.macroStructure.roles)), (e) => e.role),
    },
    designGoals: first.designGoals,
    method: { methodId: first.method.methodId, currentStep: first.method.currentStep },
    elements,
    relations,
    views: [{ id: 'full', name: 'Candidate reference model', perspective: 'full', elements: 'all' }],
  });
}

/** The first item with each id. */
function union<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, structuredClone(item));
  return [...seen.values()];
}
