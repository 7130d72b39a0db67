/**
 * Deep links: the finder's query, filters and open service as namespaced query
 * parameters (`cw-…`), so a social worker can send a link and the back button works.
 * Pure string in, string out; the element decides when to push or replace.
 */

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

/** A link that opens this page with one service's details shown (for "Copy link"). */
export function serviceLink(href: string, id: string): string {
  return writeUrlState(href, { q: '', category: '', free: false, open: false, area: '', service: id });
}
