/**
 * `emulateMedia()` in every engine the tests run in.
 *
 * Chromium: the browser's own media emulation (@web/test-runner-commands, over CDP). Firefox (driven
 * over WebDriver BiDi) and WebKit (classic WebDriver) give a test no way to change the media, so
 * there the rules are switched instead: every `@media print`, `(prefers-color-scheme: …)`,
 * `(prefers-reduced-motion: reduce)` or `(forced-colors: active)` rule, in the page's style sheets
 * and in each widget's (the sheets Lit adopts, shared by every instance), gets `all` or `not all` as
 * its condition, as the emulated media would answer it. So the browser's own matching of those
 * conditions is checked in Chromium only; what the rules do to the widgets, in all three engines.
 */
import { emulateMedia as emulateMediaOverCdp } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';

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

/** Each switched rule and its own condition. */
const original = new Map<CSSMediaRule, string>();

function* mediaRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) yield rule;
    if ('cssRules' in rule) yield* mediaRules((rule as CSSGroupingRule).cssRules);
  }
}

/** The page's sheets, the widgets' (also of widgets not rendered yet) and those of every shadow root. */
function styleSheets(): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>([...document.styleSheets, ...document.adoptedStyleSheets]);
  for (const tag of WIDGET_TAGS) {
    const widget = customElements.get(tag) as typeof ReactiveElement | undefined;
    for (const style of widget?.elementStyles ?? []) {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      if (sheet) sheets.add(sheet);
    }
  }
  const visit = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      el.shadowRoot.adoptedStyleSheets.forEach((sheet) => sheets.add(sheet));
      for (const style of el.shadowRoot.querySelectorAll('style')) if (style.sheet) sheets.add(style.sheet);
      visit(el.shadowRoot);
    }
  };
  visit(document);
  return sheets;
}

function switchRules(): void {
  for (const sheet of styleSheets()) {
    for (const rule of mediaRules(sheet.cssRules)) {
      const condition = original.get(rule) ?? rule.media.mediaText;
      const matches = conditions[condition.replace(/\s+/g, '').toLowerCase()];
      if (!matches) continue;
      original.set(rule, condition);
      rule.media.mediaText = matches() ? 'all' : 'not all';
    }
  }
}

/**
 * Emulates print, colour scheme, reduced motion or forced colours (see the top of this module).
 * Back at the defaults, every rule gets its own condition back (tests read the widgets' sheets).
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (browserEmulatesMedia) return emulateMediaOverCdp(media);
  Object.assign(state, Object.fromEntries(Object.entries(media).filter(([, value]) => value != null)));
  if (Object.entries(defaults).every(([key, value]) => state[key as keyof typeof defaults] === value)) {
    original.forEach((condition, rule) => (rule.media.mediaText = condition));
    original.clear();
  } else {
    switchRules();
  }
}
