import { originOf } from '../derive/adaptations.ts';
import type { Element, RefDocument } from '../model/schema.ts';

/** One element of one source model. */
export interface Occurrence {
  /** The index of the source model. */
  readonly model: number;
  readonly element: Element;
}

/** Why elements of different models were taken as the same element. */
export type MatchBasis = 'derivation' | 'name' | 'single';

/**
 * A group of elements, at most one per model, that induction takes as one element of the candidate
 * reference model. Every grouping by name can be reviewed and split (vom Brocke's aggregation of models,
 * RefMod-Miner's matching step).
 */
export interface ElementMatch {
  readonly id: string;
  readonly occurrences: readonly Occurrence[];
  readonly basis: MatchBasis;
  /** The lowest name similarity inside the group (1 for a derivation match or a single element). */
  readonly similarity: number;
}

/** Words of a name, lower case, without punctuation: "Manage  complaints!" → ["manage", "complaints"]. */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two names are, 0 to 1: the Dice coefficient of their letter pairs after normalising case,
 * punctuation and word order ("Manage complaints" and "Complaints, manage" are 1).
 */
export function nameSimilarity(a: string, b: string): number {
  const [x, y] = [words(a).sort().join(' '), words(b).sort().join(' ')];
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const [gx, gy] = [bigrams(x), bigrams(y)];
  let shared = 0;
  for (const [gram, n] of gx) shared += Math.min(n, gy.get(gram) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** The element a derived element stems from, keyed by its reference model, so only models of one reference match this way. */
function derivationKey(doc: RefDocument, element: Element): string | null {
  const origin = originOf(doc, element.id);
  return origin === null ? null : `${doc.derivation!.reference.id}#${origin}`;
}

/**
 * Matches the elements of several models: first by derivation link (elements derived from the same
 * reference element), then by the same type and a name similarity of at least `threshold`. A match holds at
 * most one element per model; `split` lists match ids a reviewer rejected, whose elements stand alone.
 */
export function matchElements(
  models: readonly RefDocument[],
  options: { readonly threshold?: number; readonly split?: ReadonlySet<string> } = {},
): ElementMatch[] {
  const threshold = options.threshold ?? 0.8;
  const groups: { key: string; basis: MatchBasis; occurrences: Occurrence[]; similarity: number }[] = [];
  const byDerivation = new Map<string, (typeof groups)[number]>();
  const unmatched: Occurrence[] = [];
  models.forEach((doc, model) => {
    for (const element of doc.elements) {
      const key = derivationKey(doc, element);
      const group = key ? byDerivation.get(key) : undefined;
      if (key && group && !group.occurrences.some((o) => o.model === model)) group.occurrences.push({ model, element });
      else if (key && !group) {
        const created = {
          key: `ref:${key}`,
          basis: 'derivation' as const,
          occurrences: [{ model, element }],
          similarity: 1,
        };
        byDerivation.set(key, created);
        groups.push(created);
      } else unmatched.push({ model, element });
    }
  });
  for (const occurrence of unmatched) {
    let best: { group: (typeof groups)[number]; similarity: number } | null = null;
    for (const group of groups) {
      const first = group.occurrences[0]!.element;
      if (first.type !== occurrence.element.type || group.occurrences.some((o) => o.model === occurrence.model))
        continue;
      const similarity = nameSimilarity(first.name, occurrence.element.name);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { group, similarity };
    }
    if (best) {
      best.group.occurrences.push(occurrence);
      best.group.similarity = Math.min(best.group.similarity, best.similarity);
      // A derivation group joined by name is a name match too: the reviewer can split it.
      best.group.basis = 'name';
    } else
      groups.push({
        key: `m${occurrence.model}:${occurrence.element.id}`,
        basis: 'single',
        occurrences: [occurrence],
        similarity: 1,
      });
  }
  const out: ElementMatch[] = [];
  for (const g of groups) {
    const matched = g.basis !== 'single' && g.occurrences.length > 1;
    if (matched && options.split?.has(g.key)) {
      for (const o of g.occurrences)
        out.push({ id: `m${o.model}:${o.element.id}`, occurrences: [o], basis: 'single', similarity: 1 });
    } else
      out.push({
        id: g.key,
        occurrences: g.occurrences,
        basis: matched ? g.basis : 'single',
        similarity: g.similarity,
      });
  }
  return out;
}
