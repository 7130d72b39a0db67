/**
 * A build written as steps (a generator that pauses with `yield`): run to its end now, or in time slices so
 * that no task holds the main thread over 50 ms (the service finder's search index and "open now" table).
 * Apart from task-slicing.ts, which every widget's base needs, so that it comes with the finder only. Plain
 * and DOM-free apart from `setTimeout` and `performance.now()`.
 *
 * @module
 */

/** Runs a build written as steps (a generator that pauses with `yield`) to its end now. */
export function runToEnd<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs a build written as steps in slices of about `sliceMs` milliseconds. The first slice
 * (`firstSliceMs`) runs now: when it finishes the build (a small feed), the result is returned at
 * once; otherwise the rest runs in later tasks (`setTimeout`, so input and rendering come in
 * between) and `done` receives it.
 */
export function runInSlices<T extends object>(
  steps: Iterator<void, T>,
  done: (value: T) => void,
  sliceMs: number,
  firstSliceMs: number,
): T | undefined {
  const slice = (budget: number): T | undefined => {
    for (const end = performance.now() + budget; ;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() > end) return;
    }
  };
  const later = (): unknown => {
    const value = slice(sliceMs);
    return value ? done(value) : setTimeout(later);
  };
  return slice(firstSliceMs) ?? void setTimeout(later);
}
