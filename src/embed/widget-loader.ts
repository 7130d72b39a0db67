import { startEarlyRequest } from '../feed/early-request.js';
import { resolveFeedSource } from '../feed/feed-source.js';

/** A widget's tag and how to load the module that defines it. */
export type WidgetModules = Readonly<Record<string, () => Promise<unknown>>>;

/** Where a tag's code is found: the page itself, a shadow root, or one element. */
export type WidgetRoot = Document | ShadowRoot | Element;

/**
 * Tags whose code a copy of the library is loading or has loaded, shared by every copy on the page
 * (two plugins that each bundle the embed): the first copy to see a tag loads it, the other loads
 * nothing for it (its definition would lose anyway: the first definition of a tag wins).
 */
const claimsKey = Symbol.for('civic-widgets.loader-claims.v1');
const claims = (): Set<string> => ((globalThis as Record<symbol, unknown>)[claimsKey] ??= new Set<string>()) as Set<string>;

/**
 * Loads the code of the widgets a page shows, when it shows them: the tags in the page now, and
 * those a framework or a CMS editor adds later (a `MutationObserver`, never a polling loop). For
 * each widget found whose feed is a URL, the feed's request starts at once, beside the code
 * (src/feed/early-request.ts).
 */
export class WidgetLoader {
  /** Tags not loaded yet, and how to load them. */
  private readonly waiting: Map<string, () => Promise<unknown>>;
  private readonly loads = new Map<string, Promise<void>>();
  private readonly observers: MutationObserver[] = [];

  /** `loaded` runs after each widget module that loaded (the embed ends the Lit policy guard then). */
  constructor(
    modules: WidgetModules,
    private readonly loaded: () => void = () => undefined,
  ) {
    this.waiting = new Map(Object.entries(modules));
  }

  /**
   * Loads the code of every widget in `root` and watches it for widgets added later. Resolves when
   * the code of the widgets found now has loaded (or failed to: a warning says so).
   */
  watch(root: WidgetRoot): Promise<void> {
    const found = this.scan(root);
    if (this.waiting.size > 0 && typeof MutationObserver === 'function') {
      const observer = new MutationObserver((records) => this.added(records));
      observer.observe(root, { childList: true, subtree: true });
      this.observers.push(observer);
    }
    return Promise.all(found).then(() => undefined);
  }

  private added(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (this.waiting.size === 0) return;
        // Each load says what failed itself (never rejects): nothing to wait for here.
        if (node.nodeType === 1) void Promise.all(this.scan(node as Element, true));
      }
    }
  }

  /** Every waiting widget in `root` (and `root` itself, an added element): its feed's request and its code. */
  private scan(root: WidgetRoot, self = false): Promise<void>[] {
    if (this.waiting.size === 0) return [];
    const elements: Element[] = [];
    if (self && this.waiting.has((root as Element).localName)) elements.push(root as Element);
    // Most added nodes are leaves: no query for them.
    if (!self || (root as Element).firstElementChild) elements.push(...root.querySelectorAll([...this.waiting.keys()].join(',')));
    return elements.map((element) => {
      requestFeedOf(element);
      return this.load(element.localName);
    });
  }

  private load(tag: string): Promise<void> {
    let loading = this.loads.get(tag);
    if (loading) return loading;
    const load = this.waiting.get(tag)!;
    this.waiting.delete(tag);
    if (this.waiting.size === 0) this.observers.splice(0).forEach((observer) => observer.disconnect());
    if (customElements.get(tag) || claims().has(tag)) loading = Promise.resolve();
    else {
      claims().add(tag);
      loading = load().then(this.loaded, (error: unknown) => {
        // A lost connection between the entry and the widget's file: the tag stays as the page wrote it.
        claims().delete(tag);
        console.warn(`civic-widgets: the code of <${tag}> could not be loaded`, error);
      });
    }
    this.loads.set(tag, loading);
    return loading;
  }
}

/** Starts the request of the feed an element names (its `src`, else the page's `<link rel="civic-feed">`). */
function requestFeedOf(element: Element): void {
  try {
    const source = resolveFeedSource(element.getAttribute('src'), element.ownerDocument);
    if (source?.kind === 'url') startEarlyRequest(source.url);
  } catch {
    // A `src` that is not a URL: the widget says so when its code has come.
  }
}
