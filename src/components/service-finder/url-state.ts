/**
 * Deep links: the finder's query, filters and open service as namespaced query
 * parameters (`cw-…`), so a social worker can send a link and the back button works.
 * `readUrlState`/`writeUrlState` are pure (string in, string out); `FinderUrl` owns the page's
 * URL and history for the element (`url-state` attribute): it writes, pushes, steps back and
 * listens to the back button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FinderUrlState {
  q: string;
  category: string;
  /** "Speaks my language": undefined = the default (on when some service matches). */
  lang?: boolean | undefined;
  free: boolean;
  open: boolean;
  area: string;
  /** A publisher's key (a network's feed). */
  publisher?: string | undefined;
  service?: string | undefined;
}

/** Reads the finder's parameters from a URL's query string (`location.search`). */
export function readUrlState(search: string): FinderUrlState {
  const p = new URLSearchParams(search);
  const get = (key: string): string | null => p.get(`cw-${key}`);
  const lang = get('lang');
  return {
    q: get('q') ?? '',
    category: get('cat') ?? '',
    lang: lang === '1' ? true : lang === '0' ? false : undefined,
    free: get('free') === '1',
    open: get('open') === '1',
    area: get('area') ?? '',
    publisher: get('pub') ?? '',
    service: get('service') || undefined,
  };
}

/** `href` with the finder's parameters replaced by `state`; other parameters and the hash are kept. */
export function writeUrlState(href: string, state: FinderUrlState): string {
  const url = new URL(href);
  // Each parameter removed, then appended when set, in this order: the finder's come last, in a fixed order.
  const set = (key: string, value: string | undefined | false): void => {
    url.searchParams.delete(`cw-${key}`);
    if (value) url.searchParams.set(`cw-${key}`, value);
  };
  set('q', state.q.trim());
  set('cat', state.category);
  set('lang', state.lang !== undefined && (state.lang ? '1' : '0'));
  set('free', state.free && '1');
  set('open', state.open && '1');
  set('area', state.area.trim());
  set('pub', state.publisher);
  set('service', state.service);
  return url.href;
}

/** What a URL keeps of a finder: the query, a person's own filter choices and the open service. */
export function urlStateOf(
  q: string,
  chosen: { category?: string; lang?: boolean; free?: boolean; open?: boolean; area?: string; publisher?: string },
  service: string | undefined,
): FinderUrlState {
  return {
    q,
    category: chosen.category ?? '',
    lang: chosen.lang,
    free: !!chosen.free,
    open: !!chosen.open,
    area: chosen.area ?? '',
    publisher: chosen.publisher,
    service,
  };
}

/** A link that opens this page with one service's details shown (for "Copy link"). */
export function serviceLink(href: string, id: string): string {
  return writeUrlState(href, { q: '', category: '', free: false, open: false, area: '', service: id });
}

/** The history entry a finder pushed when it opened a service (so "Back" steps over its own entry only). */
interface FinderHistoryState {
  civicServiceFinder?: string | undefined;
}

/**
 * The finder's part of the page URL. With `url-state` on, the state is read when the element is
 * connected and after every back or forward step (`apply`), replaced while a person types, and a
 * service opened pushes an entry; without it only a shared service link (`cw-service`) is read.
 */
export class FinderUrl implements ReactiveController {
  /** Whether the open service's entry is one this finder pushed. */
  #pushed = false;
  readonly #onPopState = (): void => {
    this.#pushed = false;
    this.#apply(readUrlState(location.search), true);
  };

  readonly #enabled: () => boolean;
  /** Applies what the URL says: all of it with `url-state`, else only a shared service link. */
  readonly #apply: (state: Partial<FinderUrlState>, fromHistory: boolean) => void;

  constructor(host: ReactiveControllerHost, enabled: () => boolean, apply: (state: Partial<FinderUrlState>, fromHistory: boolean) => void) {
    this.#enabled = enabled;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    const state = readUrlState(location.search);
    if (this.#enabled()) {
      this.#apply(state, false);
      addEventListener('popstate', this.#onPopState);
    } else if (state.service) {
      // A copied service link works even where the page did not turn on url-state.
      this.#apply({ service: state.service }, false);
    }
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  /** Keeps the URL current: a new entry (`push`, a service opened) or the same one replaced (typing, filters). */
  write(state: FinderUrlState, push = false): void {
    if (!this.#enabled()) return;
    if (push) this.#pushed = true;
    const href = writeUrlState(location.href, state);
    if (href === location.href) return;
    if (push) history.pushState({ civicServiceFinder: state.service } satisfies FinderHistoryState, '', href);
    else history.replaceState(history.state, '', href);
  }

  /** The details of `id` closed: back over the entry this finder pushed for it (never off the page), else the URL replaced. */
  close(id: string | undefined, state: FinderUrlState): void {
    if (!this.#enabled()) return;
    const ours = (history.state as FinderHistoryState | null)?.civicServiceFinder === id;
    if (this.#pushed && ours) history.back();
    else this.write(state);
    this.#pushed = false;
  }
}
