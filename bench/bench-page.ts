/**
 * What every benchmark page shares: the results contract with scripts/bench.mjs (which waits for
 * `window.__benchDone` and prints `window.__benchResults`), and the statistics.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

declare global {
  interface Window {
    __benchResults?: BenchResult[];
    __benchDone?: boolean;
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/**
 * Runs a page's benchmark and hands its results to scripts/bench.mjs, also printing them in the
 * page (#out). A benchmark that throws reports no results, its error in the page, and still ends.
 */
export function runBench(run: () => Promise<BenchResult[]>): void {
  const out = document.getElementById('out');
  run()
    .then((results) => {
      window.__benchResults = results;
      if (out)
        out.textContent = results
          .map((r) => `${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.budget ? ` (budget ${r.budget})` : ''}`)
          .join('\n');
    })
    .catch((error: unknown) => {
      window.__benchResults = [];
      if (out) out.textContent = String(error);
      console.error(error);
    })
    .finally(() => (window.__benchDone = true));
}
