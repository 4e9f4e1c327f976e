/** Difference functions of Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const ALPHA_METRICS: readonly AlphaMetric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** A reliability matrix: units[u][c] is coder c's value for unit u; null is missing. */
export type ReliabilityData = readonly (readonly (number | null)[])[];

export interface Alpha {
  /** Krippendorff's alpha; null when it is undefined (fewer than two pairable values, or no variation at all). */
  alpha: number | null;
  metric: AlphaMetric;
  /** Pairable values n: values in units that at least two coders rated. */
  pairable: number;
  /** Observed disagreement D_o. */
  observed: number | null;
  /** Disagreement expected by chance D_e. */
  expected: number | null;
}

/** The coincidence matrix of a reliability matrix, with what every alpha figure derives from. */
export interface Coincidences {
  /** The distinct values, ascending. */
  values: number[];
  /** o[c][k]: coincidences of the c-th and k-th values. */
  o: number[][];
  /** n_c: marginals. */
  marginals: number[];
  /** n: pairable values. */
  n: number;
  /** The units that hold two or more values, as index lists into `values`. */
  units: number[][];
  /** δ²(c, k) of the metric, by index. */
  delta: (c: number, k: number) => number;
}

/** Builds the coincidence matrix; units with fewer than two values are not pairable and are left out. */
export function coincidences(data: ReliabilityData, metric: AlphaMetric): Coincidences {
  const pairableUnits = data.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length >= 2);
  const values = [...new Set(pairableUnits.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const units = pairableUnits.map((u) => u.map((v) => index.get(v)!));
  const o = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const m = unit.length;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) o[unit[i]!]![unit[j]!]! += 1 / (m - 1);
  }
  const marginals = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  return { values, o, marginals, n, units, delta: differenceFunction(metric, values, marginals) };
}

/** Krippendorff's alpha = 1 − D_o / D_e by the coincidence-matrix method, with n, D_o and D_e. */
export function krippendorffAlpha(data: ReliabilityData, metric: AlphaMetric): Alpha {
  const m = coincidences(data, metric);
  const { observed, expected } = disagreements(m);
  const alpha = observed !== null && expected !== null && expected > 0 ? 1 - observed / expected : null;
  return { alpha, metric, pairable: m.n, observed, expected };
}

/** D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n (n − 1)); null below two pairable values. */
export function disagreements({ values, o, marginals, n, delta }: Coincidences): {
  observed: number | null;
  expected: number | null;
} {
  if (n <= 1) return { observed: null, expected: null };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  return { observed: observed / n, expected: expected / (n * (n - 1)) };
}

/** Squared difference between the c-th and k-th distinct values under a metric. */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  if (metric === 'ratio')
    return (c, k) => {
      const sum = values[c]! + values[k]!;
      return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
    };
  // Ordinal: the marginal frequencies between the two ranks, each end counted half.
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative.at(-1)! + m);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = cumulative[hi + 1]! - cumulative[lo]!;
    return (between - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
  };
}

export interface AlphaInterval {
  /** Confidence level, e.g. 0.95. */
  level: number;
  low: number;
  high: number;
  samples: number;
  seed: number;
  /** Pairs of values drawn per sample (M = Σ m_u (m_u − 1) / 2). */
  pairs: number;
  /** q: the share of bootstrapped alphas below each smallest acceptable alpha. */
  belowMinimum: { minimum: number; probability: number }[];
}

/**
 * A bootstrap confidence interval of alpha after Krippendorff's procedure (Hayes & Krippendorff 2007):
 * each sample draws M pairs of values from the coincidences (each unit's pairs weighted 1 / (m_u − 1)),
 * holds D_e fixed and takes alpha = 1 − D_o* / D_e. Seeded, so the same data and seed give the same interval.
 */
export function bootstrapAlpha(
  data: ReliabilityData,
  metric: AlphaMetric,
  options: { samples?: number; seed?: number; level?: number; minima?: number[] } = {},
): AlphaInterval | null {
  const { samples = 1000, seed = 1, level = 0.95, minima = [0.667, 0.8] } = options;
  const m = coincidences(data, metric);
  const { expected } = disagreements(m);
  if (expected === null || expected === 0) return null;
  // The population: every unordered pair of values within a unit, with weight 2 / (m_u − 1) (both orders).
  const weights: number[] = [];
  const deltas: number[] = [];
  let pairs = 0;
  for (const unit of m.units) {
    const w = 2 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++)
      for (let j = i + 1; j < unit.length; j++) {
        weights.push(w);
        deltas.push(m.delta(unit[i]!, unit[j]!));
        pairs++;
      }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  const random = mulberry32(seed);
  const alphas: number[] = [];
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let p = 0; p < pairs; p++) sum += deltas[search(cumulative, random() * total)]!;
    alphas.push(1 - sum / pairs / expected);
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (q: number) => alphas[Math.min(samples - 1, Math.max(0, Math.floor(q * samples)))]!;
  return {
    level,
    low: at(tail),
    high: at(1 - tail),
    samples,
    seed,
    pairs,
    belowMinimum: minima.map((minimum) => ({
      minimum,
      probability: alphas.filter((a) => a < minimum).length / samples,
    })),
  };
}

/** The first index whose cumulative weight exceeds x. */
function search(cumulative: readonly number[], x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A small seeded PRNG (mulberry32): deterministic in Node and every browser. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
