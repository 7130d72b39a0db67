/**
 * `emulateMedia()` in every engine the tests run in.
 *
 * Chromium: the browser's own media emulation (@web/test-runner-commands, over CDP). Firefox (driven
 * over WebDriver BiDi) and WebKit (classic WebDriver) give a test no way to change the media, so
 * there the rules are switched instead: in a copy of each style sheet (the page's, and each widget's,
 * which Lit adopts into every instance) every `@media print`, `(prefers-color-scheme: …)`,
 * `(prefers-reduced-motion: reduce)` or `(forced-colors: active)` block gets `all` or `not all` as
 * its condition, as the emulated media would answer it, and the copies stand in for the sheets. So
 * the browser's own matching of those conditions is checked in Chromium only; what the rules do to
 * the widgets, in all three engines.
 *
 * Copies, not the sheets themselves: setting `mediaText` on a rule of a sheet adopted by many shadow
 * roots crashed WebKitGTK 2.50's web process now and then (a null pointer in WebCore, from the
 * `mediaText` setter, seen in a core dump).
 */
import { emulateMedia as emulateMediaOverCdp } from '@web/test-runner-commands';
import type { CSSResultOrNative, ReactiveElement } from 'lit';

type Media = Parameters<typeof emulateMediaOverCdp>[0];

const WIDGET_TAGS = ['civic-service-finder', 'civic-language-picker', 'civic-event-list', 'civic-partner-call'];

/** True where the test runner can emulate media in the browser itself (Chromium, over CDP). */
export const browserEmulatesMedia = /\bChrome\//.test(navigator.userAgent);

/** What the test browsers show unless told otherwise (light, on screen, motion allowed). */
const defaults = { media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' } as const;
/** The media as emulated now. */
const state: Required<Pick<Media, keyof typeof defaults>> = { ...defaults };

/** Whether the emulated media matches each condition this code base uses (spaces removed). */
const conditions: Record<string, () => boolean> = {
  print: () => state.media === 'print',
  screen: () => state.media !== 'print',
  '(prefers-color-scheme:dark)': () => state.colorScheme === 'dark',
  '(prefers-color-scheme:light)': () => state.colorScheme !== 'dark',
  '(prefers-reduced-motion:reduce)': () => state.reducedMotion === 'reduce',
  '(forced-colors:active)': () => state.forcedColors === 'active',
};

/** A sheet's text with the conditions above answered; undefined when it has none of them. */
function emulatedText(sheet: CSSStyleSheet): string | undefined {
  let changed = false;
  const text = [...sheet.cssRules].map((rule) => {
    const matches = rule instanceof CSSMediaRule ? conditions[rule.media.mediaText.replace(/\s+/g, '').toLowerCase()] : undefined;
    if (!matches) return rule.cssText;
    changed = true;
    return `@media ${matches() ? 'all' : 'not all'} { ${[...(rule as CSSMediaRule).cssRules].map((r) => r.cssText).join('\n')} }`;
  });
  return changed ? text.join('\n') : undefined;
}

/** Every copy made, with the sheet it stands in for. */
const originalOf = new Map<CSSStyleSheet, CSSStyleSheet>();
/** The copy of each sheet for the media emulated now (a new one at each change: adopted sheets are never changed). */
let copies = new Map<CSSStyleSheet, CSSStyleSheet>();
/** The page's sheets switched off while their copies stand in. */
const disabled = new Set<CSSStyleSheet>();
/** Each widget's own `elementStyles`, while copies stand in for them. */
const widgetStyles = new Map<typeof ReactiveElement, CSSResultOrNative[]>();

function copy(sheet: CSSStyleSheet): CSSStyleSheet {
  const original = originalOf.get(sheet) ?? sheet;
  let stand = copies.get(original);
  if (!stand) {
    const text = emulatedText(original);
    stand = original;
    if (text !== undefined) {
      stand = new CSSStyleSheet();
      stand.replaceSync(text);
      originalOf.set(stand, original);
    }
    copies.set(original, stand);
  }
  return stand;
}

function shadowRoots(root: Document | ShadowRoot = document, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) (found.push(el.shadowRoot), shadowRoots(el.shadowRoot, found));
  }
  return found;
}

const isCopy = (sheet: CSSStyleSheet): boolean => originalOf.has(sheet);

function standIn(): void {
  copies = new Map();
  // The widgets' own sheets: for widgets made from now on (Lit adopts `elementStyles`) and those on the page.
  for (const tag of WIDGET_TAGS) {
    const widget = customElements.get(tag) as typeof ReactiveElement | undefined;
    if (!widget) continue;
    if (!widgetStyles.has(widget)) widgetStyles.set(widget, widget.elementStyles);
    widget.elementStyles = widgetStyles.get(widget)!.map((style) => {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      return sheet ? copy(sheet) : style;
    });
  }
  for (const root of shadowRoots()) root.adoptedStyleSheets = root.adoptedStyleSheets.map(copy);
  // The page's sheets (a theme's <link>): a copy adopted by the document, the sheet itself switched off.
  const pageCopies: CSSStyleSheet[] = [];
  for (const sheet of document.styleSheets) {
    const stand = copy(sheet);
    if (stand === sheet) continue;
    sheet.disabled = true;
    disabled.add(sheet);
    pageCopies.push(stand);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !isCopy(s)), ...pageCopies];
}

function restore(): void {
  widgetStyles.forEach((styles, widget) => (widget.elementStyles = styles));
  widgetStyles.clear();
  for (const root of shadowRoots()) root.adoptedStyleSheets = root.adoptedStyleSheets.map((s) => originalOf.get(s) ?? s);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !isCopy(s));
  disabled.forEach((sheet) => (sheet.disabled = false));
  disabled.clear();
  copies = new Map();
  originalOf.clear();
}

/**
 * Emulates print, colour scheme, reduced motion or forced colours (see the top of this module).
 * Back at the defaults, the widgets and the page have their own sheets again.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (browserEmulatesMedia) return emulateMediaOverCdp(media);
  Object.assign(state, Object.fromEntries(Object.entries(media).filter(([, value]) => value != null)));
  if (Object.entries(defaults).every(([key, value]) => state[key as keyof typeof defaults] === value)) restore();
  else standIn();
}
