/**
 * Long work cut across tasks, so that no task holds the main thread over 50 ms (docs/budgets.md):
 * reading that waits for a fresh task between slices, and a queue that runs one job per task (a
 * build written as steps runs to its end or in time slices: build-steps.ts). Plain and DOM-free apart
 * from `setTimeout`, `performance.now()` and `MessageChannel`; imports nothing of the project.
 *
 * @module
 */

/**
 * Lets the browser run what is waiting (input, rendering, timers) before going on: a fresh task
 * by `MessageChannel` (no 4 ms timer clamp), or a timer where there is none. Not `scheduler.yield`:
 * its continuation goes before timers that are already due, which would hold them up to the end.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Runs steps that may wait, in slices of about `sliceMs`: a step that yields nothing goes on (in a
 * later task once the slice is spent); a step that yields a promise goes on when it has settled
 * (fulfilled or not: the steps see the outcome themselves), e.g. a module loaded on first need.
 * The first slice runs now: its result at once when it finishes the work, else a promise of it.
 */
export function runWaitingInSlices<T>(steps: Iterator<void | PromiseLike<unknown>, T>, sliceMs: number): T | Promise<T> {
  const slice = (): IteratorResult<void | PromiseLike<unknown>, T> => {
    const end = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done && !step.value && performance.now() < end) step = steps.next();
    return step;
  };
  const first = slice();
  if (first.done) return first.value;
  return (async () => {
    for (let waiting = first.value; ;) {
      if (waiting) await Promise.resolve(waiting).catch(() => undefined);
      else await nextTask();
      const step = slice();
      if (step.done) return step.value;
      waiting = step.value;
    }
  })();
}

/**
 * Runs `run(item)` for one item per task, in the order the items were added (an item added again
 * keeps its place). A `MessageChannel` message starts each task: unlike `setTimeout`, no 4 ms
 * clamp after a few rounds. While `mayRun()` is false the queue pauses, keeping its items;
 * `start()` goes on.
 */
export class OnePerTaskQueue<T> {
  readonly #items = new Set<T>();
  #running = false;
  #channel: MessageChannel | undefined;

  constructor(
    private readonly run: (item: T) => void,
    private readonly mayRun: () => boolean = () => true,
  ) {}

  add(item: T): void {
    this.#items.add(item);
  }

  delete(item: T): void {
    this.#items.delete(item);
  }

  clear(): void {
    this.#items.clear();
  }

  /** Starts running the items, one per task, unless a round is under way or there is nothing to run. */
  start(): void {
    if (this.#running || this.#items.size === 0) return;
    if (!this.#channel) {
      const channel = (this.#channel = new MessageChannel());
      channel.port1.onmessage = () => {
        const [next] = this.#items;
        this.#running = next !== undefined && this.mayRun();
        if (!this.#running) return;
        this.#items.delete(next!);
        this.run(next!);
        channel.port2.postMessage(0);
      };
    }
    this.#running = true;
    this.#channel.port2.postMessage(0);
  }
}
