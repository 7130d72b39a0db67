import { expect } from '@open-wc/testing';
import { WidgetLoader } from '../../src/embed/widget-loader.js';
import { takeEarlyRequest } from '../../src/feed/early-request.js';
import { resetFeedStore } from '../../src/feed/store.js';
import { until } from '../helpers.js';

/**
 * The embed's loader (src/embed/widget-loader.ts), from the sources, with stand-in widgets: a page
 * pays for the widgets it shows, when it shows them. (test/embed/tag-added-later.test.ts does the same
 * with the built embed.)
 */
let serial = 0;

/** Fresh tag names for each test (a tag is defined once per page), and a loader counting its loads. */
function setUp(count = 2) {
  const tags = Array.from({ length: count }, () => `test-loader-widget-${++serial}`);
  const loads: string[] = [];
  const modules = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        loads.push(tag);
        customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { tags, loads, modules };
}

/** An element with children (markup as a framework would insert it). */
function el(tag: string, attributes: Record<string, string> = {}, ...children: Element[]): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

describe('the embed’s widget loader', () => {
  let stage: HTMLElement;
  let originalFetch: typeof fetch;
  let fetched: string[];

  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
    originalFetch = window.fetch;
    fetched = [];
    window.fetch = (input) => (fetched.push(String(input)), new Promise<Response>(() => undefined));
  });
  afterEach(() => {
    stage.remove();
    window.fetch = originalFetch;
    for (const url of fetched) takeEarlyRequest(url);
    resetFeedStore();
  });

  it('loads the code of the widgets on the page, once per tag, and nothing else', async () => {
    const { tags, loads, modules } = setUp(3);
    stage.append(el(tags[0]!), el('p', {}, el(tags[0]!)), el(tags[1]!));
    await new WidgetLoader(modules).watch(stage);
    expect(loads).to.deep.equal([tags[0], tags[1]]);
    expect(customElements.get(tags[2]!)).to.equal(undefined);
  });

  it('loads the code of a widget added later, also deep inside added markup, and then stops watching', async () => {
    const { tags, loads, modules } = setUp(2);
    await new WidgetLoader(modules).watch(stage);
    expect(loads).to.deep.equal([]);
    stage.append(el('section', {}, el('div', {}, el('article', {}, el(tags[1]!)))));
    await until(() => !!customElements.get(tags[1]!), `${tags[1]} defined`);
    stage.append(document.createElement(tags[0]!));
    await until(() => !!customElements.get(tags[0]!), `${tags[0]} defined`);
    stage.append(document.createElement(tags[0]!));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.deep.equal([tags[1], tags[0]]);
  });

  it('leaves a tag another copy of the library has claimed to that copy', async () => {
    const { tags, loads, modules } = setUp(1);
    stage.append(el(tags[0]!));
    const secondLoads: string[] = [];
    const second = { [tags[0]!]: async () => void secondLoads.push(tags[0]!) };
    await Promise.all([new WidgetLoader(modules).watch(stage), new WidgetLoader(second).watch(stage)]);
    expect(loads).to.deep.equal([tags[0]]);
    expect(secondLoads).to.deep.equal([]);
  });

  it('says so when a widget’s code cannot be loaded, and throws nothing into the page', async () => {
    const { tags, modules } = setUp(1);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      stage.append(el(tags[0]!));
      await new WidgetLoader({ [tags[0]!]: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) }).watch(
        stage,
      );
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]?.[0])).to.contain(`<${tags[0]}> could not be loaded`);
    // Released: another copy (or a later page) may load it.
    await new WidgetLoader(modules).watch(stage);
    expect(customElements.get(tags[0]!)).to.not.equal(undefined);
  });

  it('starts the request of each widget’s feed with its code: its own src, else the page’s link, once per URL', async () => {
    const { tags, modules } = setUp(1);
    const link = Object.assign(document.createElement('link'), { rel: 'civic-feed', href: '/test/fixtures/page-feed.json' });
    document.head.append(link);
    try {
      stage.append(el(tags[0]!, { src: '/test/fixtures/own-feed.json' }), el(tags[0]!), el(tags[0]!));
      await new WidgetLoader(modules).watch(stage);
    } finally {
      link.remove();
    }
    expect(fetched).to.deep.equal([
      new URL('/test/fixtures/own-feed.json', location.href).href,
      new URL('/test/fixtures/page-feed.json', location.href).href,
    ]);
  });
});
