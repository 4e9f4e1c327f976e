import type { Element, RefDocument } from '../model/schema.ts';
import type { ElementPattern, Exercise, RubricItem } from './exercise.ts';

export type ItemStatus = 'met' | 'missing' | 'misplaced' | 'unconnected' | 'reversed' | 'mistyped';

export interface ItemResult {
  readonly item: RubricItem;
  readonly status: ItemStatus;
  readonly earned: number;
  /** What is missing or misplaced, in words that do not give the answer away; empty when met. */
  readonly hint: string;
}

export interface Check {
  readonly earned: number;
  readonly total: number;
  /** earned / total, 0 to 1. */
  readonly score: number;
  readonly passed: boolean;
  readonly results: readonly ItemResult[];
}

const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether an element is one the pattern describes. */
export function matches(pattern: ElementPattern, element: Element): boolean {
  if (pattern.id !== undefined && pattern.id !== element.id) return false;
  if (pattern.type !== undefined && pattern.type !== element.type) return false;
  if (pattern.names && !pattern.names.some((n) => normal(n) === normal(element.name))) return false;
  return true;
}

const inLane = (item: Extract<RubricItem, { kind: 'element' }>, e: Element) =>
  (item.role === undefined || item.role === e.role) && (item.area === undefined || item.area === e.area);

const nudge = (text: string, hint: string) => (hint ? `${text} ${hint}` : text);

function checkItem(item: RubricItem, doc: RefDocument): Omit<ItemResult, 'item' | 'earned'> {
  if (item.kind === 'element') {
    const found = doc.elements.filter((e) => matches(item.match, e));
    if (!found.length) return { status: 'missing', hint: nudge(`Still missing: ${item.what}.`, item.hint) };
    if (found.some((e) => inLane(item, e))) return { status: 'met', hint: '' };
    return {
      status: 'misplaced',
      hint: nudge(`“${found[0]!.name}” is not in the right lane yet.`, item.hint),
    };
  }
  const sources = new Set(doc.elements.filter((e) => matches(item.source, e)).map((e) => e.id));
  const targets = new Set(doc.elements.filter((e) => matches(item.target, e)).map((e) => e.id));
  if (!sources.size || !targets.size)
    return {
      status: 'missing',
      hint: nudge(`Still missing: ${item.what}; one of its ends is not in the model yet.`, item.hint),
    };
  const between = (from: Set<string>, to: Set<string>) =>
    doc.relations.filter((r) => from.has(r.source) && to.has(r.target));
  const forward = between(sources, targets);
  if (forward.some((r) => r.type === item.type)) return { status: 'met', hint: '' };
  if (forward.length)
    return {
      status: 'mistyped',
      hint: nudge(`${capital(item.what)}: the connection is there, but of the wrong kind.`, item.hint),
    };
  if (between(targets, sources).length)
    return { status: 'reversed', hint: nudge(`${capital(item.what)}: the connection runs the wrong way.`, item.hint) };
  return { status: 'unconnected', hint: nudge(`Not connected yet: ${item.what}.`, item.hint) };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Checks a student's model against an exercise's rubric: each item met or not, with a hint, and the score. */
export function checkExercise(exercise: Exercise, doc: RefDocument): Check {
  const results = exercise.rubric.map((item): ItemResult => {
    const result = checkItem(item, doc);
    return { item, ...result, earned: result.status === 'met' ? item.points : 0 };
  });
  const total = results.reduce((n, r) => n + r.item.points, 0);
  const earned = results.reduce((n, r) => n + r.earned, 0);
  const score = total ? earned / total : 1;
  return { earned, total, score, passed: score >= exercise.passMark - 1e-9, results };
}
