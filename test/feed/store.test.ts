import { expect, waitUntil } from '@open-wc/testing';
import { configureFeedStore, resetFeedStore, subscribeFeed, type FeedState } from '../../src/feed/store.js';
import sinon from 'sinon';
import { clearSavedCopies, LOCAL_STORAGE_LIMIT, readSavedCopy, readSavedRecord, writeSavedCopy } from '../../src/feed/saved-copy.js';
import type { FeedSource } from '../../src/feed/feed-source.js';

const feedUrl = new URL('../fixtures/feed-store.json', import.meta.url).href;
const source = (url = feedUrl): FeedSource => ({ kind: 'url', key: url, url });
const validFeed = {
  version: 1,
  defaultLocale: 'de',
  locales: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  services: [{ id: 's1', name: { de: 'Beratung', en: 'Advice' } }],
};
const other = 'https://feeds.example.org/feed.json';
/** Only this file's copies: other test files run at the same time in the same browser. */
const clearOwnCopies = () => clearSavedCopies([feedUrl, other]);
const json = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), init);

/** Puts `value` into the library's IndexedDB store as it is (a record from another version, or a damaged one). */
function putRecord(url: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('civic-widgets', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('feeds');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('feeds', 'readwrite');
      tx.objectStore('feeds').put(value, url);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const largeFeed = (count: number, extra: unknown[] = []) => ({
  ...validFeed,
  services: [
    ...Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: { de: `Beratungsstelle Nummer ${i} für Zugewanderte` },
      contacts: { url: `https://example.org/${i}` },
    })),
    ...extra,
  ],
});

/** Collects every state a subscriber sees; `until` waits for one matching a test. */
function watch(src: FeedSource) {
  const states: FeedState[] = [];
  const unsubscribe = subscribeFeed(src, (s) => states.push(s));
  const until = async (test: (s: FeedState) => boolean, timeout = 3000) => {
    await waitUntil(() => states.some(test), 'no matching state', { timeout, interval: 5 }).catch(() => {
      throw new Error(`no matching state in ${JSON.stringify(states.map((s) => [s.status, s.error?.kind, s.fromSavedCopy]))}`);
    });
    return states.find(test)!;
  };
  return { states, until, unsubscribe };
}

describe('feed store', () => {
  let originalFetch: typeof fetch;
  let requests: { url: string; headers: Headers }[];

  beforeEach(async () => {
    resetFeedStore();
    await clearOwnCopies();
    configureFeedStore({ timeoutMs: 10_000, retryDelayMs: 10, saveCopy: true });
    originalFetch = window.fetch;
    requests = [];
  });
  afterEach(async () => {
    window.fetch = originalFetch;
    resetFeedStore();
    await clearOwnCopies();
    configureFeedStore({ timeoutMs: 10_000, retryDelayMs: 1_000, storageTimeoutMs: 2_000 });
  });

  function mockFetch(respond: (n: number, init?: RequestInit) => Response | Promise<Response>): void {
    window.fetch = async (input, init) => {
      const headers = new Headers();
      // Recorded as given (the real fetch refuses a header value with a line break: see the metadata test).
      for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>))
        if (!/[\r\n]/.test(value)) headers.set(name, value);
      requests.push({ url: String(input), headers });
      return respond(requests.length, init);
    };
  }

  /** A response as fetch gives it after following a redirect to `url`. */
  function redirected(response: Response, url: string): Response {
    Object.defineProperties(response, { url: { value: url }, redirected: { value: true } });
    return response;
  }

  const conditional = (init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    return headers.has('If-Modified-Since') || headers.has('If-None-Match');
  };

  /** Waits until the copy saved when the page was idle is there. */
  async function savedWith(test: (copy: Awaited<ReturnType<typeof readSavedCopy>>) => boolean): Promise<void> {
    await waitUntil(async () => test(await readSavedCopy(feedUrl)), 'no saved copy', { timeout: 4000, interval: 10 });
  }

  it('makes one request for any number of subscribers, and gives each the feed', async () => {
    mockFetch(() => json(validFeed));
    const subscribers = Array.from({ length: 5 }, () => watch(source()));
    for (const s of subscribers) await s.until((x) => x.status === 'ready');
    expect(requests).to.have.length(1);
    for (const s of subscribers) expect(s.states.at(-1)!.feed!.services[0]!.id).to.equal('s1');
  });

  it('saves the last good copy with its ETag and revalidates it: 304 keeps the copy', async () => {
    mockFetch(() => json(validFeed, { headers: { ETag: '"v1"' } }));
    await watch(source()).until((s) => s.status === 'ready');
    let copy: Awaited<ReturnType<typeof readSavedCopy>>;
    await waitUntil(async () => (copy = await readSavedCopy(feedUrl)), 'no saved copy', { timeout: 2000, interval: 5 });
    expect(copy?.etag).to.equal('"v1"');

    resetFeedStore();
    mockFetch(() => new Response(null, { status: 304 }));
    const second = watch(source());
    const ready = await second.until((s) => s.status === 'ready');
    expect(requests.at(-1)!.headers.get('If-None-Match')).to.equal('"v1"');
    expect(ready.feed!.services[0]!.name).to.deep.equal({ de: 'Beratung', en: 'Advice' });
    expect(ready.error).to.equal(undefined);
  });

  it('keeps the saved copy it shows when the fetched feed has the same text (no ETag): nothing is read into the lists again', async () => {
    const text = JSON.stringify(validFeed);
    await writeSavedCopy(feedUrl, { feed: validFeed as never, text, savedAt: 1 });
    // The fresh copy answers once the saved one is on screen (a slow network; on a fast one it may come first).
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    mockFetch(async () => (await answered, new Response(text)));
    const w = watch(source());
    const shown = await w.until((s) => s.fromSavedCopy === true);
    answer();
    const ready = await w.until((s) => s.status === 'ready');
    expect(requests[0]!.headers.has('If-None-Match'), 'an unconditional request').to.equal(false);
    expect(ready.feed, 'the same feed object').to.equal(shown.feed);

    resetFeedStore();
    mockFetch(() => json({ ...validFeed, services: [{ id: 's2', name: 'Neu' }] }));
    const changed = await watch(source()).until((s) => s.status === 'ready');
    expect(changed.feed!.services.map((x) => x.id)).to.deep.equal(['s2']);
  });

  it('sends If-Modified-Since when the saved copy has only Last-Modified', async () => {
    await writeSavedCopy(feedUrl, {
      feed: { ...validFeed, categories: [], events: [], calls: [] } as never,
      lastModified: 'Mon, 12 Apr 2027 08:00:00 GMT',
      savedAt: 1,
    });
    mockFetch(() => new Response(null, { status: 304 }));
    await watch(source()).until((s) => s.status === 'ready');
    expect(requests[0]!.headers.get('If-Modified-Since')).to.equal('Mon, 12 Apr 2027 08:00:00 GMT');
  });

  it('starts offline from the saved copy, marks it as saved and sets the error', async () => {
    await writeSavedCopy(feedUrl, { feed: { ...validFeed, categories: [], events: [], calls: [] } as never, etag: '"v1"', savedAt: 1 });
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const w = watch(source());
    const early = await w.until((s) => !!s.feed);
    expect(early.fromSavedCopy).to.equal(true);
    const final = await w.until((s) => s.status === 'error');
    expect(final.error!.kind).to.equal('network');
    expect(final.fromSavedCopy).to.equal(true);
    expect(final.feed!.services[0]!.id).to.equal('s1');
    expect(requests, 'one retry after a network failure').to.have.length(2);
  });

  it('retries once after a network failure and then succeeds', async () => {
    mockFetch((n) => (n === 1 ? Promise.reject(new TypeError('Failed to fetch')) : json(validFeed)));
    const ready = await watch(source()).until((s) => s.status === 'ready');
    expect(ready.feed!.services).to.have.length(1);
    expect(requests).to.have.length(2);
  });

  it('gives up after the timeout with a timeout error', async () => {
    configureFeedStore({ timeoutMs: 50 });
    mockFetch(
      (_n, init) =>
        new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const failed = await watch(source()).until((s) => s.status === 'error');
    expect(failed.error!.kind).to.equal('timeout');
    expect(failed.feed).to.equal(undefined);
  });

  it('reports a body that is not JSON as not-json', async () => {
    mockFetch(() => new Response('<!doctype html><p>Not found</p>'));
    const failed = await watch(source()).until((s) => s.status === 'error');
    expect(failed.error!.kind).to.equal('not-json');
  });

  it('reports HTTP 500 with its status, keeping a saved copy visible', async () => {
    await writeSavedCopy(feedUrl, { feed: { ...validFeed, categories: [], events: [], calls: [] } as never, savedAt: 1 });
    mockFetch(() => new Response('oops', { status: 500 }));
    const failed = await watch(source()).until((s) => s.status === 'error');
    expect(failed.error).to.deep.include({ kind: 'http', status: 500 });
    expect(failed.fromSavedCopy).to.equal(true);
    expect(failed.feed!.services[0]!.id).to.equal('s1');
  });

  it('keeps the feed it has when a reload fails, marked as possibly out of date', async () => {
    const { reloadFeed } = await import('../../src/feed/store.js');
    mockFetch((n) => (n === 1 ? json(validFeed) : new Response('down', { status: 503 })));
    const w = watch(source());
    await w.until((s) => s.status === 'ready');
    reloadFeed(source());
    const failed = await w.until((s) => s.status === 'error');
    expect(failed.error).to.deep.include({ kind: 'http', status: 503 });
    expect(failed.feed!.services[0]!.id).to.equal('s1');
    expect(failed.fromSavedCopy).to.equal(true);
  });

  it('reports a wrong version as a version error', async () => {
    mockFetch(() => json({ ...validFeed, version: 2 }));
    const failed = await watch(source()).until((s) => s.status === 'error');
    expect(failed.error!.kind).to.equal('version');
  });

  it('fires civic-feed-warning on document with src, id, path and message, once per problem', async () => {
    const details: unknown[] = [];
    const listener = (e: Event) => details.push((e as CustomEvent).detail);
    document.addEventListener('civic-feed-warning', listener);
    const warn = console.warn;
    const lines: string[] = [];
    console.warn = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      mockFetch(() =>
        json({
          ...validFeed,
          services: [...validFeed.services, { id: 's2', name: 'Hilfe', contacts: { url: 'javascript:alert(1)' } }, { id: 's3' }],
        }),
      );
      const ready = await watch(source()).until((s) => s.status === 'ready');
      expect(ready.feed!.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
      expect(ready.feed!.services[1]!.contacts).to.deep.equal({});
    } finally {
      console.warn = warn;
      document.removeEventListener('civic-feed-warning', listener);
    }
    expect(details).to.deep.equal([
      { src: feedUrl, id: 's2', path: 'services[1].contacts.url', message: 'link must start with https:, http:, mailto: or tel:; removed' },
      { src: feedUrl, id: 's3', path: 'services[2].name', message: 'missing; item skipped' },
    ]);
    expect(lines.filter((l) => l.includes('services['))).to.have.length(2);
  });

  it('groups the console lines of a load (the first problems and a count) and fires every warning event without holding the page', async () => {
    const broken = Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i}`,
      name: `Dienst ${i}`,
      contacts: { url: `javascript:alert(${i})` },
    }));
    mockFetch(() => json({ ...validFeed, services: [...validFeed.services, ...broken] }));
    const console$ = { groups: [] as string[], warns: 0, ends: 0 };
    const stubs = [
      sinon.stub(console, 'groupCollapsed').callsFake((label: string) => void console$.groups.push(label)),
      sinon.stub(console, 'warn').callsFake(() => void console$.warns++),
      sinon.stub(console, 'groupEnd').callsFake(() => void console$.ends++),
    ];
    let events = 0;
    let ticks = 0;
    const tickAt: number[] = [];
    const listener = () => {
      events++;
      if (events === 1 || events === 10_000) tickAt.push(ticks);
    };
    document.addEventListener('civic-feed-warning', listener);
    let stop = false;
    const tick = () => !stop && (ticks++, setTimeout(tick, 0));
    setTimeout(tick, 0);
    try {
      const ready = await watch(source()).until((s) => s.status === 'ready', 10_000);
      expect(ready.feed!.services).to.have.length(10_001);
      for (const end = performance.now() + 10_000; events < 10_000 && performance.now() < end;) await new Promise((r) => setTimeout(r, 5));
      expect(events).to.equal(10_000);
      expect(console$.groups).to.deep.equal([`civic-widgets: 10000 problems in ${feedUrl} (items or fields left out)`]);
      expect(console$.warns).to.equal(21);
      expect(console$.ends).to.equal(1);
      expect(tickAt[1]! - tickAt[0]!, 'timers ran between the first and the last warning event').to.be.greaterThan(0);
    } finally {
      stop = true;
      stubs.forEach((s) => s.restore());
      document.removeEventListener('civic-feed-warning', listener);
    }
  });

  it('reads a large inline feed in slices too, and a small one at once', async () => {
    const small = watch({ kind: 'inline', key: 'inline:small', text: JSON.stringify(validFeed) });
    expect(small.states.at(-1)!.status, 'ready in the first render').to.equal('ready');
    let ticks = 0;
    let stop = false;
    const tick = () => !stop && (ticks++, setTimeout(tick, 0));
    setTimeout(tick, 0);
    try {
      // Large enough that no machine reads it in the first slice (8 ms).
      const w = watch({ kind: 'inline', key: 'inline:large', text: JSON.stringify(largeFeed(100_000)) });
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading']);
      const ready = await w.until((s) => s.status === 'ready', 10_000);
      expect(ready.feed!.services).to.have.length(100_000);
      expect(ticks, 'timers ran while the feed was read').to.be.greaterThan(1);
    } finally {
      stop = true;
    }
  });

  it('keeps other subscribers working when one listener throws', async () => {
    mockFetch(() => json(validFeed));
    const error = console.error;
    console.error = () => {};
    try {
      subscribeFeed(source(), (s) => {
        if (s.status === 'ready') throw new Error('widget bug');
      });
      const ready = await watch(source()).until((s) => s.status === 'ready');
      expect(ready.feed).to.exist;
    } finally {
      console.error = error;
    }
  });

  it('shares one request with a second copy of the library on the page', async () => {
    mockFetch(() => json(validFeed));
    // The same module under another URL is a separate module instance: a second bundled copy.
    const secondCopyUrl = new URL('../../src/feed/store.ts?second-copy', import.meta.url).href;
    const second = (await import(/* @vite-ignore */ secondCopyUrl)) as typeof import('../../src/feed/store.js');
    expect(second.subscribeFeed).to.not.equal(subscribeFeed);
    const first = watch(source());
    const states: FeedState[] = [];
    second.subscribeFeed(source(), (s) => states.push(s));
    await first.until((s) => s.status === 'ready');
    expect(states.at(-1)!.status).to.equal('ready');
    expect(requests).to.have.length(1);
  });

  it('reads an inline feed without a request', async () => {
    mockFetch(() => json(validFeed));
    const ready = await watch({ kind: 'inline', key: 'inline:x', text: JSON.stringify(validFeed) }).until((s) => s.status === 'ready');
    expect(ready.feed!.services).to.have.length(1);
    expect(requests).to.have.length(0);
  });

  it('sends no conditional headers to another origin (they would force a CORS preflight)', async () => {
    await writeSavedCopy(other, { feed: { ...validFeed, categories: [], events: [], calls: [] } as never, etag: '"v1"', savedAt: 1 });
    mockFetch(() => json(validFeed));
    await watch(source(other)).until((s) => s.status === 'ready');
    expect(requests[0]!.headers.has('If-None-Match')).to.equal(false);
  });

  it('keeps a large feed in IndexedDB instead of localStorage', async () => {
    const big = {
      ...validFeed,
      categories: [],
      events: [],
      calls: [],
      services: Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, name: { de: `Beratungsstelle Nummer ${i} für Zugewanderte` } })),
    };
    await writeSavedCopy(feedUrl, { feed: big as never, etag: '"big"', savedAt: 1 });
    expect(Object.keys(localStorage).some((k) => k.includes('feed-store.json'))).to.equal(false);
    const copy = await readSavedCopy(feedUrl);
    expect(copy?.etag).to.equal('"big"');
    expect(copy?.feed.services).to.have.length(3000);
  });

  it('ignores a saved copy that is not a feed any more (storage is not trusted)', async () => {
    localStorage.setItem(`civic-widgets.feed:${feedUrl}`, JSON.stringify({ feed: { version: 1, services: 'x' }, savedAt: 1 }));
    expect(await readSavedCopy(feedUrl)).to.equal(undefined);
    localStorage.setItem(`civic-widgets.feed:${feedUrl}`, '{not json');
    expect(await readSavedCopy(feedUrl)).to.equal(undefined);
  });

  it('reads a large fetched feed in slices: timers run between the answer and the ready state', async () => {
    const body = JSON.stringify(largeFeed(20_000));
    let answered = false;
    let ticks = 0;
    mockFetch(() => {
      answered = true;
      return new Response(body);
    });
    let stop = false;
    const tick = () => {
      if (stop) return;
      if (answered) ticks++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const w = watch(source());
    const ready = await w.until((s) => s.status === 'ready', 10_000);
    const ticksBeforeReady = ticks;
    stop = true;
    expect(ready.feed!.services).to.have.length(20_000);
    expect(ticksBeforeReady, 'timers ran while the feed was read').to.be.greaterThan(1);
  });

  it('saves the copy after publishing, as the text it came as, and reads it back through readFeed', async () => {
    // One invalid item in the text: kept in the saved text, skipped again when the copy is read.
    const body = JSON.stringify(largeFeed(3000, [{ id: 'broken' }]));
    expect(body.length).to.be.greaterThan(LOCAL_STORAGE_LIMIT);
    mockFetch(() => new Response(body, { headers: { ETag: '"big"' } }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      const ready = await watch(source()).until((s) => s.status === 'ready');
      expect(ready.feed!.services).to.have.length(3000);
    } finally {
      console.warn = warn;
    }
    let copy: Awaited<ReturnType<typeof readSavedCopy>>;
    await waitUntil(async () => (copy = await readSavedCopy(feedUrl))?.etag === '"big"', 'no saved copy of the big feed', {
      timeout: 4000,
      interval: 10,
    });
    expect(copy?.etag).to.equal('"big"');
    expect(copy!.feed.services).to.have.length(3000);
    expect(copy!.feed.services.some((s) => s.id === 'broken')).to.equal(false);
    expect(
      Object.keys(localStorage).some((k) => k.includes('feed-store.json')),
      'a large copy is not in localStorage',
    ).to.equal(false);
  });

  it('keeps a large copy in IndexedDB as a Blob of its text, read back with the text; a text saved as a string still reads', async () => {
    const text = JSON.stringify(largeFeed(3000));
    expect(text.length).to.be.greaterThan(LOCAL_STORAGE_LIMIT);
    await writeSavedCopy(feedUrl, { feed: validFeed as never, text, etag: '"blob"', savedAt: 1 });
    const raw = (await readSavedRecord(feedUrl))?.text;
    // WebKit refuses Blobs in IndexedDB under automation (and in private windows): there the text is kept as a string.
    if (!navigator.userAgent.includes('AppleWebKit') || navigator.userAgent.includes('Chrome'))
      expect(raw, 'stored as a Blob').to.be.instanceOf(Blob);
    else expect(raw).to.equal(text);
    const copy = await readSavedCopy(feedUrl);
    expect(copy?.etag).to.equal('"blob"');
    expect(copy?.text).to.equal(text);
    expect(copy!.feed.services).to.have.length(3000);
    await putRecord(feedUrl, { text, etag: '"string"', savedAt: 1 });
    const earlier = await readSavedCopy(feedUrl);
    expect(earlier?.etag).to.equal('"string"');
    expect(earlier!.feed.services).to.have.length(3000);
  });

  it('reads a copy saved by an earlier version (the feed object), and ignores a damaged one', async () => {
    await putRecord(feedUrl, { feed: { ...validFeed, categories: [], events: [], calls: [] }, etag: '"old"', savedAt: 1 });
    const old = await readSavedCopy(feedUrl);
    expect(old?.etag).to.equal('"old"');
    expect(old!.feed.services[0]!.id).to.equal('s1');
    await putRecord(feedUrl, { text: '{"version":1,"services":[', etag: '"bad"', savedAt: 1 });
    expect(await readSavedCopy(feedUrl)).to.equal(undefined);
    await putRecord(feedUrl, { text: JSON.stringify({ version: 1, services: 'x' }), savedAt: 1 });
    expect(await readSavedCopy(feedUrl)).to.equal(undefined);
    await putRecord(feedUrl, 'not a record');
    expect(await readSavedCopy(feedUrl)).to.equal(undefined);
  });

  it('asks again without If-None-Match when the server says 304 but the saved copy cannot be read', async () => {
    await putRecord(feedUrl, { text: '{damaged', etag: '"v1"', savedAt: 1 });
    mockFetch((_n, init) => (new Headers(init?.headers).has('If-None-Match') ? new Response(null, { status: 304 }) : json(validFeed)));
    const ready = await watch(source()).until((s) => s.status === 'ready');
    expect(ready.feed!.services[0]!.id).to.equal('s1');
    expect(requests.map((r) => r.headers.get('If-None-Match'))).to.deep.equal(['"v1"', null]);
  });

  it('shows the fetched feed when IndexedDB never answers (storage is not waited for)', async () => {
    mockFetch(() => json(validFeed));
    // A stuck IndexedDB: open() returns a request whose events never come.
    const open = sinon.stub(IDBFactory.prototype, 'open').callsFake(() => ({}) as IDBOpenDBRequest);
    try {
      const ready = await watch(source()).until((s) => s.status === 'ready');
      expect(ready.feed!.services[0]!.id).to.equal('s1');
      expect(requests).to.have.length(1);
      expect(open.called, 'the saved copy was looked for').to.equal(true);
    } finally {
      open.restore();
    }
  });

  it('gives up on a stuck IndexedDB after its time limit when the feed cannot be loaded, and says so', async () => {
    configureFeedStore({ storageTimeoutMs: 100 });
    mockFetch(() => new Response('down', { status: 503 }));
    const open = sinon.stub(IDBFactory.prototype, 'open').callsFake(() => ({}) as IDBOpenDBRequest);
    try {
      const failed = await watch(source()).until((s) => s.status === 'error');
      expect(failed.error).to.deep.include({ kind: 'http', status: 503 });
      expect(failed.feed).to.equal(undefined);
    } finally {
      open.restore();
    }
  });

  it('sends no conditional headers once the feed was answered from another origin after a redirect', async () => {
    // First visit: /feed.json redirects to an open-data portal that allows CORS for GET but not OPTIONS.
    mockFetch(() =>
      redirected(
        json(validFeed, { headers: { 'Last-Modified': 'Mon, 12 Apr 2027 08:00:00 GMT', ETag: '"v1"' } }),
        'https://portal.example.org/feed.json',
      ),
    );
    await watch(source()).until((s) => s.status === 'ready');
    await savedWith((copy) => copy?.lastModified === 'Mon, 12 Apr 2027 08:00:00 GMT');

    resetFeedStore();
    const changed = { ...validFeed, services: [{ id: 's2', name: 'Neu' }] };
    // A conditional request needs a preflight there, which fails as a network error.
    mockFetch((_n, init) =>
      conditional(init)
        ? Promise.reject(new TypeError('Failed to fetch'))
        : redirected(json(changed), 'https://portal.example.org/feed.json'),
    );
    const w = watch(source());
    const ready = await w.until((s) => s.status === 'ready');
    expect(ready.feed!.services[0]!.id).to.equal('s2');
    expect(ready.fromSavedCopy).to.equal(undefined);
    expect(requests.slice(1).map((r) => [r.headers.get('If-Modified-Since'), r.headers.get('If-None-Match')])).to.deep.equal([
      [null, null],
    ]);
  });

  it('asks again without conditions when a conditional request fails (a copy saved before redirects were noted)', async () => {
    await writeSavedCopy(feedUrl, {
      feed: { ...validFeed, categories: [], events: [], calls: [] } as never,
      lastModified: 'Mon, 12 Apr 2027 08:00:00 GMT',
      savedAt: 1,
    });
    const changed = { ...validFeed, services: [{ id: 's2', name: 'Neu' }] };
    mockFetch((_n, init) => (conditional(init) ? Promise.reject(new TypeError('Failed to fetch')) : json(changed)));
    const ready = await watch(source()).until((s) => s.status === 'ready');
    expect(ready.feed!.services[0]!.id).to.equal('s2');
    expect(requests.map((r) => r.headers.get('If-Modified-Since'))).to.deep.equal(['Mon, 12 Apr 2027 08:00:00 GMT', null]);
  });

  it('checks saved metadata before it goes into a request: a tampered ETag or date is left out', async () => {
    localStorage.setItem(
      `civic-widgets.feed:${feedUrl}`,
      JSON.stringify({
        text: JSON.stringify(validFeed),
        etag: '"v1"\nX-Evil: 1',
        lastModified: 'Mon, 12 Apr 2027\r\n08:00:00 GMT',
        savedAt: 'yesterday',
      }),
    );
    const changed = { ...validFeed, services: [{ id: 's2', name: 'Neu' }] };
    // As the browser's fetch: a header value with a line break throws.
    mockFetch((_n, init) => (new Request(feedUrl, init), json(changed)));
    const ready = await watch(source()).until((s) => s.status === 'ready' || s.status === 'error');
    expect(ready.status).to.equal('ready');
    expect(ready.feed!.services[0]!.id).to.equal('s2');
    expect([...requests[0]!.headers.keys()]).to.deep.equal([]);
    const saved = await readSavedRecord(feedUrl);
    expect(saved).to.deep.include({ etag: undefined, lastModified: undefined });
  });

  it('works on without a saved copy when storage is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      mockFetch(() => json(validFeed));
      const ready = await watch(source()).until((s) => s.status === 'ready');
      expect(ready.feed).to.exist;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
