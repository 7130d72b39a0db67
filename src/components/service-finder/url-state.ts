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
  service?: string | undefined;
}

const KEYS = ['cw-q', 'cw-cat', 'cw-lang', 'cw-free', 'cw-open', 'cw-area', 'cw-service'] as const;

/** Reads the finder's parameters from a URL's query string (`location.search`). */
export function readUrlState(search: string): FinderUrlState {
  const p = new URLSearchParams(search);
  const lang = p.get('cw-lang');
  return {
    q: p.get('cw-q') ?? '',
    category: p.get('cw-cat') ?? '',
    lang: lang === '1' ? true : lang === '0' ? false : undefined,
    free: p.get('cw-free') === '1',
    open: p.get('cw-open') === '1',
    area: p.get('cw-area') ?? '',
    service: p.get('cw-service') || undefined,
  };
}

/** `href` with the finder's parameters replaced by `state`; other parameters and the hash are kept. */
export function writeUrlState(href: string, state: FinderUrlState): string {
  const url = new URL(href);
  const p = url.searchParams;
  for (const key of KEYS) p.delete(key);
  const set = (key: string, value: string | undefined | false): void => {
    if (value) p.set(key, value);
  };
  set('cw-q', state.q.trim());
  set('cw-cat', state.category);
  if (state.lang !== undefined) p.set('cw-lang', state.lang ? '1' : '0');
  set('cw-free', state.free && '1');
  set('cw-open', state.open && '1');
  set('cw-area', state.area.trim());
  set('cw-service', state.service);
  return url.href;
}

/** A link that opens this page with one service's details shown (for "Copy link"). */
export function serviceLink(href: string, id: string): string {
  return writeUrlState(href, { q: '', category: '', free: false, open: false, area: '', service: id });
}
