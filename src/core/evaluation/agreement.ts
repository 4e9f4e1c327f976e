import type { EvaluationPerspective, EvaluationRecord } from '../model/evaluation-record.ts';
import type { Checklist } from './checklist-schema.ts';
import { normalise } from './scoring.ts';
import { criteriaOf } from './session.ts';

/** Difference functions of Krippendorff's alpha. Checklist scores are ordered categories, so agreement defaults to 'ordinal'. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export interface Alpha {
  /** Krippendorff's alpha; null when it is undefined (fewer than two pairable values, or no variation at all). */
  alpha: number | null;
  metric: AlphaMetric;
  /** Pairable values n: values in units that at least two coders rated. */
  pairable: number;
}

/**
 * Krippendorff's alpha over a reliability matrix `units[u][c]` (unit u, coder c; null = missing),
 * by the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 * Units with fewer than two values are not pairable and are left out.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], metric: AlphaMetric): Alpha {
  const pairableUnits = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length >= 2);
  const values = [...new Set(pairableUnits.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const unit of pairableUnits) {
    const m = unit.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) coincidences[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += 1 / (m - 1);
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  const delta = differenceFunction(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = delta(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  // alpha = 1 - D_o / D_e, with D_o = observed / n and D_e = expected / (n (n - 1)).
  const alpha = n > 1 && expected > 0 ? 1 - ((n - 1) * observed) / expected : null;
  return { alpha, metric, pairable: n };
}

/** Squared difference between the c-th and k-th distinct values. */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  // Ordinal: the marginal frequencies between the two ranks, each end counted half.
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative.at(-1)! + m);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = cumulative[hi + 1]! - cumulative[lo]!;
    return (between - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
  };
}

export interface CriterionSpread {
  id: string;
  title: string;
  /** Number of evaluators who gave a score (N/A and unscored are missing). */
  n: number;
  mean: number | null;
  /** Sample standard deviation (n - 1) of the normalised scores; null below two scores. */
  sd: number | null;
}

export interface Agreement extends Alpha {
  perspective: EvaluationPerspective;
  evaluations: string[];
  criteria: CriterionSpread[];
  /** The sessions use different scales: values are compared as shares of their scales. */
  mixedScales: boolean;
}

/** Agreement of several evaluators on one perspective: per-criterion mean and SD, and Krippendorff's alpha over the criteria. */
export function perspectiveAgreement(
  records: readonly EvaluationRecord[],
  checklists: readonly Checklist[],
  perspective: EvaluationPerspective,
  metric: AlphaMetric = 'ordinal',
): Agreement {
  const sessions = records.filter((r) => r.perspectives.includes(perspective));
  const criteria = criteriaOf(checklists, perspective);
  const units = criteria.map((c) => sessions.map((r) => normalise(r.scores[c.id]?.score, r.scale)));
  return {
    ...krippendorffAlpha(units, metric),
    perspective,
    evaluations: sessions.map((r) => r.id),
    criteria: criteria.map((c, i) => ({
      id: c.id,
      title: c.title,
      ...spread(units[i]!.filter((v): v is number => v !== null)),
    })),
    mixedScales: new Set(sessions.map((r) => r.scale)).size > 1,
  };
}

function spread(values: readonly number[]): { n: number; mean: number | null; sd: number | null } {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : null;
  return { n, mean, sd };
}
