/**
 * Storybook's toolbar switches for language and theme, as plain functions with no Storybook or Vite
 * imports at run time, so the browser test of every story (test/stories/stories.test.ts) applies
 * exactly the same decorators as the Storybook preview.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { allLocales } from '../src/generated/locale-codes.js';
import { textDirection } from '../src/i18n/direction.js';
import { endonym } from '../src/i18n/intl.js';
import { chooseLocale, getSharedLocale } from '../src/i18n/shared-locale.js';

const PSEUDO_TITLES: Record<string, string> = { 'en-XA': 'Pseudo-locale (accented, longer)', 'ar-XB': 'Pseudo-locale, right to left' };

/** The shipped UI languages, named in their own language for the toolbar, and the two pseudo-locales. */
export const LOCALES: ReadonlyArray<{ value: string; title: string; right: string }> = allLocales.map((locale) => ({
  value: locale,
  title: PSEUDO_TITLES[locale] ?? endonym(locale),
  right: textDirection(locale) === 'rtl' ? `${locale} · RTL` : locale,
}));

export type ThemeName = 'system' | 'light' | 'dark' | 'high-contrast' | 'city-brand' | 'city-brand-dark';

/** Each theme: the `theme` attribute it puts on every widget, and whether it loads the city brand stylesheet. */
export const THEMES: Record<ThemeName, { title: string; attribute?: string; cityBrand?: boolean }> = {
  system: { title: 'System (follows prefers-color-scheme)' },
  light: { title: 'Light', attribute: 'light' },
  dark: { title: 'Dark', attribute: 'dark' },
  'high-contrast': { title: 'High contrast', attribute: 'high-contrast' },
  'city-brand': { title: 'City brand (example theme)', attribute: 'light', cityBrand: true },
  'city-brand-dark': { title: 'City brand, dark', attribute: 'dark', cityBrand: true },
};

const observers = new WeakMap<Element, MutationObserver>();

/** Puts (or leaves off) the `theme` attribute on every civic widget under `root`, now and as stories add widgets. */
function applyThemeAttribute(root: Element | undefined, attribute: string | undefined): void {
  if (!root) return;
  const apply = () => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('civic-')) continue;
      // A story that sets its own theme (the theme gallery) keeps it; only what we set is ours to change.
      if (el.hasAttribute('theme') && !el.hasAttribute('data-story-theme')) continue;
      if (attribute) el.setAttribute('theme', attribute);
      else el.removeAttribute('theme');
      el.toggleAttribute('data-story-theme', !!attribute);
    }
  };
  observers.get(root)?.disconnect();
  apply();
  if (!attribute) return;
  const observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true });
  observers.set(root, observer);
}

let brandSheet: CSSStyleSheet | undefined;

/** Adds or removes the city brand stylesheet on the page (a constructed sheet: no inline style, CSP-safe). */
function useCityBrand(on: boolean, cssText: string): void {
  if (on && !brandSheet) {
    brandSheet = new CSSStyleSheet();
    brandSheet.replaceSync(cssText);
  }
  if (!brandSheet) return;
  const others = document.adoptedStyleSheets.filter((sheet) => sheet !== brandSheet);
  document.adoptedStyleSheets = on ? [...others, brandSheet] : others;
}

export interface StoryGlobals {
  locale?: string;
  theme?: string;
}

/**
 * Wraps a story: switches the page's shared language (as the language picker would, so every widget
 * follows), sets `lang` and `dir` on the story root for right-to-left languages, and applies the theme.
 * `cityBrandCss` is the text of src/themes/city-brand.css (Storybook imports it with `?inline`).
 */
export function decorateStory(story: () => unknown, globals: StoryGlobals, cityBrandCss = ''): TemplateResult {
  const locale = globals.locale ?? 'en';
  const theme = THEMES[(globals.theme ?? 'system') as ThemeName] ?? THEMES.system;
  if (getSharedLocale() !== locale) chooseLocale(locale);
  useCityBrand(!!theme.cityBrand, cityBrandCss);
  // The ref sits after the story so that it runs once the story's elements are in place (Lit commits
  // parts in template order): the theme is on every widget before its first render.
  return html`<div class="civic-story-root" lang=${locale} dir=${textDirection(locale)}>
    ${story()}<span hidden ${ref((el) => applyThemeAttribute(el?.parentElement ?? undefined, theme.attribute))}></span>
  </div>`;
}
