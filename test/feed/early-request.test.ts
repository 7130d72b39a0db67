import { expect } from '@open-wc/testing';
import { startEarlyRequest, takeEarlyRequest } from '../../src/feed/early-request.js';
import { configureFeedStore, resetFeedStore, subscribeFeed, type FeedState } from '../../src/feed/store.js';

/**
 * The feed's request started by the embed's entry before the widgets' code (src/feed/early-request.ts),
 * and the store taking it over: one request per feed URL, whoever starts it.
 */
const url = 'https://feeds.example.org/early.json';
const feed = { version: 1, defaultLocale: 'en', locales: ['en'], services: [{ id: 's1', name: 'Advice' }] };

describe('the early feed request', () => {
  let originalFetch: typeof fetch;
  let requests: string[];
  let answer: (response: Response) => void;

  beforeEach(() => {
    resetFeedStore();
    configureFeedStore({ saveCopy: false, retryDelayMs: 10 });
    originalFetch = window.fetch;
    requests = [];
    window.fetch = (input) => {
      requests.push(String(input));
      return new Promise<Response>((resolve) => (answer = resolve));
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
    takeEarlyRequest(url);
    resetFeedStore();
    configureFeedStore({ saveCopy: true, retryDelayMs: 1_000 });
  });

  it('is started once per URL, and taken over once', () => {
    startEarlyRequest(url);
    startEarlyRequest(url);
    expect(requests).to.deep.equal([url]);
    expect(takeEarlyRequest(url)).to.have.property('response');
    expect(takeEarlyRequest(url)).to.equal(undefined);
  });

  it('is what the store reads: the feed is requested once, and shown from its answer', async () => {
    startEarlyRequest(url);
    const states: FeedState[] = [];
    const unsubscribe = subscribeFeed({ kind: 'url', key: url, url }, (state) => states.push(state));
    expect(requests).to.deep.equal([url]);
    answer(new Response(JSON.stringify(feed)));
    for (const end = performance.now() + 3000; !states.some((s) => s.status === 'ready');) {
      if (performance.now() > end) throw new Error('no feed');
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(states.find((s) => s.status === 'ready')!.feed!.services[0]!.id).to.equal('s1');
    expect(requests).to.deep.equal([url]);
    unsubscribe();
  });

  it('is not started for a feed the store already follows (the widgets’ code is there)', async () => {
    const states: FeedState[] = [];
    const unsubscribe = subscribeFeed({ kind: 'url', key: url, url }, (state) => states.push(state));
    startEarlyRequest(url);
    expect(takeEarlyRequest(url)).to.equal(undefined);
    // The store's own request (after its short look at storage), answered: the only one.
    for (const end = performance.now() + 3000; requests.length === 0;) {
      if (performance.now() > end) throw new Error('the store asked for nothing');
      await new Promise((r) => setTimeout(r, 5));
    }
    answer(new Response(JSON.stringify(feed)));
    for (const end = performance.now() + 3000; !states.some((s) => s.status === 'ready');) {
      if (performance.now() > end) throw new Error('no feed');
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(requests).to.deep.equal([url]);
    unsubscribe();
  });

  it('is not used when nothing took it over for half a minute: a widget added much later gets a fresh copy', () => {
    let signal: AbortSignal | undefined;
    window.fetch = (_input, init) => ((signal = init?.signal ?? undefined), new Promise<Response>(() => undefined));
    const now = performance.now();
    startEarlyRequest(url);
    // As if 31 s had passed since it started (the page's own clock, put back after).
    Object.defineProperty(performance, 'now', { configurable: true, value: () => now + 31_000 });
    let taken: unknown;
    try {
      taken = takeEarlyRequest(url);
    } finally {
      delete (performance as { now?: unknown }).now;
    }
    expect(taken).to.equal(undefined);
    expect(signal?.aborted, 'the stale request is stopped').to.equal(true);
  });

  it('a failed early request is the store’s to report, and retried like its own', async () => {
    let calls = 0;
    window.fetch = (input) => {
      requests.push(String(input));
      return ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(JSON.stringify(feed)));
    };
    startEarlyRequest(url);
    const states: FeedState[] = [];
    const unsubscribe = subscribeFeed({ kind: 'url', key: url, url }, (state) => states.push(state));
    for (const end = performance.now() + 3000; !states.some((s) => s.status === 'ready');) {
      if (performance.now() > end) throw new Error(`no feed: ${JSON.stringify(states)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(requests).to.deep.equal([url, url]);
    unsubscribe();
  });
});
