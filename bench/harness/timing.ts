/**
 * Medians, not means: the machine's two cores are shared, and one burst of someone else's work
 * must move a figure no more than one run's worth. Warm-up runs fill caches and JIT first.
 */
export interface Repetitions {
  runs: number;
  warmup: number;
}

/** A timer for one benchmark's repetitions: `await median(fn)` is fn's median wall time in ms. */
export function medianTimer({ runs, warmup }: Repetitions): (fn: () => Promise<unknown>) => Promise<number> {
  return async (fn) => {
    for (let i = 0; i < warmup; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return median(times);
  };
}

/** The upper middle value, so an even count still gives a value that was measured. */
export function median(values: readonly number[]): number {
  return medianBy(values, (v) => v);
}

export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error("median of nothing");
  return middle;
}

export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`;

export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
