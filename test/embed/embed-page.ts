/**
 * Pages that load the BUILT embed (dist/civic-widgets.js and the chunks beside it), each in an iframe
 * of its own: a fresh document with its own module map, custom elements and feed store, as a city's
 * page would be. `npm test` builds the embed first (scripts/test-browsers.mjs); run
 * `npm run build:embed` before running these files alone.
 */
export const EMBED = '/dist/civic-widgets.js';

export interface EmbedPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  close(): void;
}

let built: Promise<void> | undefined;

/** Fails clearly when the embed has not been built. */
export function embedBuilt(): Promise<void> {
  built ??= fetch(EMBED, { cache: 'no-store' }).then((response) => {
    if (!response.ok) throw new Error(`${EMBED} is missing: run npm run build:embed (npm test builds it)`);
  });
  return built;
}

/**
 * A page with `body`, the feed `<link>` (unless `feed` is null) and the embed's script tag (`embed`),
 * in an iframe of `width` × `height` CSS pixels. Resolves when the page's document is parsed and its
 * scripts have run (the entry: DOMContentLoaded), not at `load`: Firefox holds a page's load event until the modules its
 * scripts import while it loads have come (the widgets' code, which a test may be holding back).
 */
export async function openEmbedPage(
  body: string,
  { embed = EMBED, feed = '/test/fixtures/small-feed.json' as string | null, width = 390, height = 800, head = '' } = {},
): Promise<EmbedPage> {
  await embedBuilt();
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size:${width}px;block-size:${height}px;border:0;display:block`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${feed ? `<link rel="civic-feed" href="${feed}">` : ''}${head}
<script type="module" src="${embed}"></script></head><body style="margin:0;font:16px/1.5 'Liberation Sans',Arial,sans-serif">${body}
<script>document.addEventListener('DOMContentLoaded', () => { window.__parsed = true; });</script></body></html>`;
  document.body.append(frame);
  // DOMContentLoaded comes after the page's module scripts have run.
  const parsed = () => !!(frame.contentWindow as { __parsed?: boolean } | null)?.__parsed;
  for (const end = performance.now() + 5000; !parsed();) {
    if (performance.now() > end) throw new Error('the embed page did not load');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, window: win, document: frame.contentDocument!, close: () => frame.remove() };
}

/** The paths of the embed's JavaScript files (not its translations) the page has fetched so far. */
export function embedScripts(page: EmbedPage): string[] {
  const paths = page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^(\/held)?\/dist\/.*\.js$/.test(path) && !/\/locales\//.test(path));
  return [...new Set(paths)];
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** The widget `tag` of the page, once its code has loaded and it shows its feed (no longer busy). */
export async function shownWidget(page: EmbedPage, tag: string, timeout = 8000): Promise<Widget> {
  const end = performance.now() + timeout;
  for (;;) {
    const el = page.document.querySelector<Widget>(tag);
    if (el && page.window.customElements.get(tag) && el.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true') {
      await el.updateComplete;
      return el;
    }
    if (performance.now() > end) throw new Error(`<${tag}> not shown after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The text a person sees in a widget, whitespace collapsed. */
export const shownText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The embed's exports as the page's own script sees them (its module instance, not this test page's). */
export async function embedExports<T>(page: EmbedPage, embed = EMBED): Promise<T> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.textContent = `import * as embed from '${embed}'; window.__embedExports = embed;`;
  page.document.head.append(script);
  const win = page.window as unknown as { __embedExports?: T };
  for (const end = performance.now() + 5000; !win.__embedExports;) {
    if (performance.now() > end) throw new Error('the embed’s exports did not arrive');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return win.__embedExports;
}
