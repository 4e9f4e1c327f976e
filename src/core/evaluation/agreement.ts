import type { EvaluationPerspective, EvaluationRecord, Scale } from '../model/evaluation-record.ts';
import type { Checklist } from './checklist-schema.ts';
import {
  bootstrapAlpha,
  coincidences,
  krippendorffAlpha,
  type Alpha,
  type AlphaInterval,
  type AlphaMetric,
} from './alpha.ts';
import { normalise } from './scoring.ts';
import { criteriaOf } from './session.ts';
import { sayRefusal, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';

export { krippendorffAlpha, type Alpha, type AlphaMetric } from './alpha.ts';

/** What a researcher chose to compute agreement over: every one of these is recorded in the protocol. */
export interface AgreementChoice {
  perspective: EvaluationPerspective;
  /** The sessions taken, by id; they must share one model version and one scale, one session per rater. */
  sessions: string[];
  metric: AlphaMetric;
  bootstrap: { samples: number; seed: number; level: number };
}

export const DEFAULT_BOOTSTRAP = { samples: 1000, seed: 1, level: 0.95 } as const;

/** The rater a session belongs to: the evaluator's name, compared without case and outer spaces. */
export function raterOf(record: EvaluationRecord): string {
  return record.evaluator.name.trim().toLowerCase();
}

export type Selection =
  | { ok: true; sessions: EvaluationRecord[]; version: string; scale: Scale }
  | { ok: false; reason: string; text: Text; sessions: EvaluationRecord[] };

/**
 * Checks a choice of sessions for one perspective: only sessions that take it, all on one model version
 * (content hash) and one scale, each rater once, and at least two. Otherwise it says why not.
 */
export function selectSessions(
  records: readonly EvaluationRecord[],
  perspective: EvaluationPerspective,
  ids: readonly string[],
): Selection {
  const wanted = new Set(ids);
  const sessions = records.filter((r) => wanted.has(r.id));
  const refuse = ({ message, text }: Said): Selection => ({ ok: false, reason: message, text, sessions });
  const missing = ids.filter((id) => !records.some((r) => r.id === id));
  if (missing.length) return refuse(sayRefusal('agreement.no-session', { ids: missing }));
  const outside = sessions.filter((r) => !r.perspectives.includes(perspective));
  if (outside.length)
    return refuse(sayRefusal('agreement.outside', { sessions: names(outside), count: outside.length, perspective }));
  const versions = groupBy(sessions, (r) => r.modelHash);
  if (versions.size > 1) return refuse(sayRefusal('agreement.versions', { groups: grouped(versions) }));
  const scales = groupBy(sessions, (r) => r.scale);
  if (scales.size > 1) return refuse(sayRefusal('agreement.scales', { groups: grouped(scales) }));
  const twice = [...groupBy(sessions, raterOf)].filter(([, rs]) => rs.length > 1);
  if (twice.length)
    return refuse(
      sayRefusal('agreement.rater-twice', {
        raters: twice.map(([, rs]) => ({ name: rs[0]!.evaluator.name, count: rs.length, sessions: names(rs) })),
      }),
    );
  if (sessions.length < 2) return refuse(sayRefusal('agreement.too-few', undefined));
  return { ok: true, sessions, version: sessions[0]!.modelHash, scale: sessions[0]!.scale };
}

/**
 * The choice Refmod proposes: the sessions of the perspective on the current model version (else the version
 * with the most sessions), on the scale most of them use, the latest session of each rater; ordinal alpha.
 */
export function defaultChoice(
  records: readonly EvaluationRecord[],
  perspective: EvaluationPerspective,
  currentHash: string,
): AgreementChoice {
  const taking = records.filter((r) => r.perspectives.includes(perspective));
  const versions = [...groupBy(taking, (r) => r.modelHash)];
  const current = versions.find(([hash, rs]) => hash === currentHash && distinctRaters(rs) >= 2);
  const [, ofVersion = []] = current ?? versions.sort((a, b) => distinctRaters(b[1]) - distinctRaters(a[1]))[0] ?? [];
  const [, onScale = []] = [...groupBy(ofVersion, (r) => r.scale)].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const latest = [...groupBy(onScale, raterOf).values()].map((rs) => rs.reduce((a, b) => (b.date >= a.date ? b : a)));
  return {
    perspective,
    sessions: onScale.filter((r) => latest.includes(r)).map((r) => r.id),
    metric: 'ordinal',
    bootstrap: { ...DEFAULT_BOOTSTRAP },
  };
}

export interface CriterionSpread {
  id: string;
  title: string;
  /** Number of raters who gave a score (N/A and unscored are missing). */
  n: number;
  /** Mean and sample SD (n − 1) of the scores as shares of the scale; null below one or two scores. */
  mean: number | null;
  sd: number | null;
  /** The raters' scores in session order, null where missing. */
  scores: (number | null)[];
  /** This criterion's observed disagreement relative to D_e: 0 when the raters agree; above 1, worse than chance. */
  disagreement: number | null;
}

export type Agreement =
  | {
      ok: true;
      choice: AgreementChoice;
      sessions: EvaluationRecord[];
      version: string;
      scale: Scale;
      result: Alpha;
      interval: AlphaInterval | null;
      /** Every criterion of the perspective, in checklist order. */
      criteria: CriterionSpread[];
      /** The criteria with the highest disagreement (above zero), most first; at most five. */
      mostDisagreement: CriterionSpread[];
    }
  | { ok: false; choice: AgreementChoice; reason: string; text: Text };

/** Agreement of the chosen raters on one perspective: alpha with n, D_o, D_e, a bootstrap interval and per-criterion spread. */
export function agreementOf(
  records: readonly EvaluationRecord[],
  checklists: readonly Checklist[],
  choice: AgreementChoice,
): Agreement {
  const selection = selectSessions(records, choice.perspective, choice.sessions);
  if (!selection.ok) return { ok: false, choice, reason: selection.reason, text: selection.text };
  const { sessions, scale } = selection;
  const criteria = criteriaOf(checklists, choice.perspective);
  const units = criteria.map((c) => sessions.map((r) => numeric(r.scores[c.id]?.score)));
  const result = krippendorffAlpha(units, choice.metric);
  const matrix = coincidences(units, choice.metric);
  const index = new Map(matrix.values.map((v, i) => [v, i]));
  const spreads = criteria.map((c, i): CriterionSpread => {
    const scores = units[i]!;
    const present = scores.filter((v): v is number => v !== null);
    const shares = present.map((v) => normalise(v, scale)!);
    return {
      id: c.id,
      title: c.title,
      ...spread(shares),
      scores,
      disagreement: unitDisagreement(present, index, matrix.delta, result.expected),
    };
  });
  const mostDisagreement = spreads
    .filter((s) => (s.disagreement ?? 0) > 0)
    .sort((a, b) => b.disagreement! - a.disagreement! || a.id.localeCompare(b.id))
    .slice(0, 5);
  return {
    ok: true,
    choice,
    sessions,
    version: selection.version,
    scale,
    result,
    interval: bootstrapAlpha(units, choice.metric, choice.bootstrap),
    criteria: spreads,
    mostDisagreement,
  };
}

/** Mean δ² over the unit's pairs, relative to D_e; null when fewer than two raters scored it. */
function unitDisagreement(
  values: readonly number[],
  index: ReadonlyMap<number, number>,
  delta: (c: number, k: number) => number,
  expected: number | null,
): number | null {
  if (values.length < 2 || !expected) return null;
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) {
      sum += delta(index.get(values[i]!)!, index.get(values[j]!)!);
      pairs++;
    }
  return sum / pairs / expected;
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function spread(values: readonly number[]): { n: number; mean: number | null; sd: number | null } {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : null;
  return { n, mean, sd };
}

function distinctRaters(records: readonly EvaluationRecord[]): number {
  return new Set(records.map(raterOf)).size;
}

function names(records: readonly EvaluationRecord[]): string {
  return records.map((r) => `${r.evaluator.name} (${r.id})`).join(', ');
}

/** Sessions grouped by version or scale, as the refusal lists them: "key: Anna (s1), Ben (s2); key2: …". */
function grouped(groups: Map<string, EvaluationRecord[]>): string {
  return [...groups].map(([key, rs]) => `${key}: ${names(rs)}`).join('; ');
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
