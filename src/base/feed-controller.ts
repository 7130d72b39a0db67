import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveFeedSource, type FeedSource } from '../feed/feed-source.js';
import { reloadFeed, subscribeFeed, type FeedState } from '../feed/store.js';
import type { Feed } from '../feed/types.js';

/**
 * Connects a widget to the page's shared feed store: finds the feed (own `src`, the page's
 * `<link rel="civic-feed">`, or an inline script), subscribes, and re-renders the host
 * whenever a newer copy arrives.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private source: FeedSource | undefined;
  private unsubscribe: (() => void) | undefined;
  /** A state from the store not yet shown, and the task that will show it. */
  private pending: FeedState | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getSrc: () => string | undefined,
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
      if (subscribing) return this.apply(state);
      // A feed that arrives later is rendered by each widget in a task of its own: all widgets
      // of a page rendering a large feed in the one task that read it would hold the main thread
      // longer than the 50 ms a task may take (docs/budgets.md).
      this.pending = state;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.pending && this.apply(this.pending));
    });
    subscribing = false;
    this.unsubscribe = () => {
      clearTimeout(this.timer);
      this.pending = undefined;
      unsubscribe();
    };
  }

  private apply(state: FeedState): void {
    this.pending = undefined;
    this.state = state;
    this.host.requestUpdate();
  }
}
