/** One measured figure, printed in the bench table and compared with its budget. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The figure must stay at or below (or, with `atLeast`, at or above) this value. */
  budget?: number;
  atLeast?: boolean;
}

export interface BenchSuite {
  title: string;
  run(): Promise<Figure[]> | Figure[];
}

/** Median wall time of `fn` in milliseconds, after warm-up runs. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The middle of some measured values (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function withinBudget(f: Figure): boolean {
  if (f.budget === undefined) return true;
  return f.atLeast ? f.value >= f.budget : f.value <= f.budget;
}
