import { expect } from '@open-wc/testing';
import { OnePerTaskQueue, nextTask as nextFreshTask, runWaitingInSlices } from '../../src/scheduling/task-slicing.js';
import { runInSlices, runToEnd } from '../../src/scheduling/build-steps.js';

/** A build of `n` steps that returns how many steps it took; `took` counts them as they run. */
function* steps(n: number, took: { count: number }): Generator<void, { steps: number }> {
  for (let i = 0; i < n; i++) {
    took.count++;
    yield;
  }
  return { steps: n };
}

/** Resolves in a later task (after the tasks queued before it). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('task slicing', () => {
  describe('runWaitingInSlices', () => {
    it('returns the result at once when the first slice finishes the work', () => {
      const took = { count: 0 };
      expect(runWaitingInSlices(steps(10, took), 1000)).to.deep.equal({ steps: 10 });
      expect(took.count).to.equal(10);
    });

    it('gives the event loop back between slices, and still reaches the end', async () => {
      const took = { count: 0 };
      // Steps of 0.2 ms each in slices of 1 ms: a timer set before it runs fires before the work is done.
      function* slow(): Generator<void, string> {
        for (let i = 0; i < 50; i++) {
          for (const end = performance.now() + 0.2; performance.now() < end;);
          took.count++;
          yield;
        }
        return 'done';
      }
      let timerRan = -1;
      setTimeout(() => (timerRan = took.count));
      const result = runWaitingInSlices(slow(), 1);
      expect(result).to.be.instanceOf(Promise);
      expect(await result).to.equal('done');
      expect(timerRan, 'the timer ran between slices').to.be.within(1, 49);
    });

    it('waits for a yielded promise before going on, whether it is fulfilled or not', async () => {
      const seen: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      function* waiting(): Generator<void | Promise<unknown>, string[]> {
        seen.push('before');
        yield held;
        seen.push('after held');
        yield Promise.reject(new Error('a chunk that did not load'));
        seen.push('after rejected');
        return seen;
      }
      const result = runWaitingInSlices(waiting(), 1000);
      await nextFreshTask();
      expect(seen).to.deep.equal(['before']);
      release();
      expect(await result).to.deep.equal(['before', 'after held', 'after rejected']);
    });
  });

  describe('runToEnd', () => {
    it('runs every step now and returns the result', () => {
      const took = { count: 0 };
      expect(runToEnd(steps(1000, took))).to.deep.equal({ steps: 1000 });
      expect(took.count).to.equal(1000);
    });
  });

  describe('runInSlices', () => {
    it('returns the result at once when the first slice finishes the build, and never calls done', async () => {
      const took = { count: 0 };
      let called = false;
      expect(runInSlices(steps(10, took), () => (called = true), 5, 1000)).to.deep.equal({ steps: 10 });
      await nextTask();
      expect(called).to.equal(false);
    });

    it('otherwise runs the rest in later tasks, with other tasks in between, and passes the result to done', async () => {
      const took = { count: 0 };
      let finished!: (value: { steps: number }) => void;
      const result = new Promise<{ steps: number }>((resolve) => (finished = resolve));
      // Slices of less than nothing: one step each.
      expect(runInSlices(steps(20, took), (value) => finished(value), -1, -1)).to.equal(undefined);
      expect(took.count).to.equal(1);
      await nextTask();
      expect(took.count, 'a task queued after the call ran before the build ended').to.be.below(20);
      expect(await result).to.deep.equal({ steps: 20 });
      expect(took.count).to.equal(20);
    });
  });

  describe('OnePerTaskQueue', () => {
    /** Runs the queue until `last` has run; `log` records each run and the microtasks after it. */
    function queueOf(log: string[], last: string, mayRun?: () => boolean) {
      let ended!: () => void;
      const done = new Promise<void>((resolve) => (ended = resolve));
      const queue = new OnePerTaskQueue<string>((item) => {
        log.push(item);
        queueMicrotask(() => log.push(`after ${item}`));
        if (item === last) ended();
      }, mayRun);
      return { queue, done };
    }

    it('runs one item per task, later, in the order they were added (added again: same place)', async () => {
      const log: string[] = [];
      const { queue, done } = queueOf(log, 'c');
      for (const item of ['a', 'b', 'a', 'c']) queue.add(item);
      queue.start();
      queue.start(); // a round under way: no second one
      expect(log).to.deep.equal([]);
      await done;
      await Promise.resolve();
      // A microtask queued by a run comes before the next run: each run has a task of its own.
      expect(log).to.deep.equal(['a', 'after a', 'b', 'after b', 'c', 'after c']);
    });

    it('leaves out deleted and cleared items', async () => {
      const log: string[] = [];
      const { queue, done } = queueOf(log, 'd');
      for (const item of ['a', 'b', 'c']) queue.add(item);
      queue.delete('b');
      queue.clear();
      queue.add('c');
      queue.add('d');
      queue.start();
      await done;
      expect(log.filter((entry) => !entry.startsWith('after'))).to.deep.equal(['c', 'd']);
    });

    it('pauses while mayRun() says no, keeping its items, and goes on at the next start()', async () => {
      const log: string[] = [];
      let allowed = false;
      const { queue, done } = queueOf(log, 'b', () => allowed);
      queue.add('a');
      queue.add('b');
      queue.start();
      await nextTask();
      await nextTask();
      expect(log).to.deep.equal([]);
      allowed = true;
      queue.start();
      await done;
      expect(log.filter((entry) => !entry.startsWith('after'))).to.deep.equal(['a', 'b']);
    });
  });
});
