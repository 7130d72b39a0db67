import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveFeedSource, type FeedSource } from '../feed/feed-source.js';
import { reloadFeed, subscribeFeed, type FeedState } from '../feed/store.js';
import type { Feed } from '../feed/types.js';
import { nextTask } from '../scheduling/task-slicing.js';

/**
 * Connects a widget to the page's shared feed store: finds the feed (own `src`, the page's
 * `<link rel="civic-feed">`, or an inline script), subscribes, and re-renders the host
 * whenever a newer copy arrives.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private source: FeedSource | undefined;
  private unsubscribe: (() => void) | undefined;

  /**
   * `prepare`: work for the first render of a newly arrived feed that can run in tasks of their own
   * just before it (the host's views and formatters), so that render is a shorter task; written as
   * steps (a generator), each step a task.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getSrc: () => string | undefined,
    private readonly prepare?: (feed: Feed) => Iterator<void, void>,
  ) {
    host.addController(this);
  }

  get feed(): Feed | undefined {
    return this.state.feed;
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Call when `src` changes: follows the feed it now names (or, without it, the page's), also when
   * the widget began with the page's `<link rel="civic-feed">` or inline feed.
   */
  sourceChanged(): void {
    if (!this.host.isConnected || resolveFeedSource(this.getSrc(), this.host.ownerDocument)?.key === this.source?.key) return;
    this.hostDisconnected();
    this.connect();
  }

  retry(): void {
    if (this.source) reloadFeed(this.source);
  }

  private connect(): void {
    this.source = resolveFeedSource(this.getSrc(), this.host.ownerDocument);
    if (!this.source) {
      this.state = { status: 'error', error: { kind: 'no-source' } };
      this.host.requestUpdate();
      return;
    }
    let subscribing = true;
    const unsubscribe = subscribeFeed(this.source, (state) => {
      // A feed the store already has is in place at once (the host's language follows it from its first render),
      // and shown at once unless it is the host's first and the host prepares it (below).
      if (subscribing) return this.prepares(state) ? void this.showLater(state, true) : this.apply(state);
      // A feed that arrives later is rendered by each widget in a task of its own: all widgets
      // of a page rendering a large feed in the one task that read it would hold the main thread
      // longer than the 50 ms a task may take (docs/budgets.md).
      void this.showLater(state);
    });
    subscribing = false;
    this.unsubscribe = () => {
      this.shown++;
      this.preparing = false;
      unsubscribe();
    };
  }

  /**
   * While the host prepares the first render of its first feed: the feed is in `state` (the host's language
   * follows it) but the host still shows that it is loading.
   */
  preparing = false;

  /** Counts the states given to `showLater` (and unsubscribing): a state still on its way when a newer one comes is dropped. */
  private shown = 0;

  /** Whether `state` brings the host's first feed, which the host prepares. */
  private prepares(state: FeedState): boolean {
    return !!this.prepare && !!state.feed && !this.state.feed;
  }

  /**
   * Shows `state` in a task of its own (`inPlace`: the state is put in place now, shown later). The host's first
   * feed it prepares first, a step per task (see `preparing`), and renders in the task after. Tasks by
   * `MessageChannel`, not timers: a page's faked or throttled timers do not hold the feed back.
   */
  private async showLater(state: FeedState, inPlace = false): Promise<void> {
    const mine = ++this.shown;
    const prepares = this.prepares(state);
    if (inPlace) {
      this.state = state;
      this.preparing = prepares;
    }
    await nextTask();
    if (mine !== this.shown) return;
    if (prepares && state.feed) {
      this.state = state;
      this.preparing = true;
      const steps = this.prepare!(state.feed);
      for (let step = steps.next(); ; step = steps.next()) {
        await nextTask();
        if (mine !== this.shown) return;
        if (step.done) break;
      }
    }
    this.apply(state);
  }

  private apply(state: FeedState): void {
    this.preparing = false;
    this.state = state;
    this.host.requestUpdate();
  }
}
