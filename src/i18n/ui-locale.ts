import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { matchLocale, startLocale } from './locale-match.js';
import { baseLanguage } from './localized-text.js';
import { getSharedLocale, onSharedLocaleChange, onSharedLocaleReset, savedLocale } from './shared-locale.js';

/**
 * The language of the widgets' own words (buttons, messages), kept in step with the page's
 * shared language. Importing this module configures @lit/localize once for this copy of the
 * library (each bundled copy has its own @lit/localize and its own `msg()`); every copy listens
 * to the same `civic-locale-change` document event, so all copies switch together.
 *
 * Known limitation: `msg()` reads one global catalogue per copy. A widget whose `lang` is pinned
 * to another language than the page's shared language shows its feed content in the pinned
 * language, but its own words stay in the shared language. Fixing that would mean bypassing
 * `msg()` with per-widget catalogues, which @lit/localize does not support (its msg() can only be
 * installed once, by configureLocalization, and reads one module-level catalogue). What a widget
 * can and should do: put `lang=${uiLangFor(this.locale)}` on elements holding its own words, so
 * screen readers read English buttons in a widget pinned to Arabic with an English voice.
 */

/** The UI language serving `tag`: a translated locale (`uk-UA` → `uk`), else English. */
export function uiLocaleFor(tag: string | null | undefined): string {
  return matchLocale(tag, allLocales) ?? sourceLocale;
}

/**
 * The language to speak before the feed has said which languages it offers (while loading, or
 * when there is no feed): the start order of DESIGN.md among the translated UI languages.
 */
export function provisionalLocale(documentLang: string | null | undefined): string {
  return startLocale({ saved: savedLocale(), browser: navigator.languages, documentLang, defaultLocale: sourceLocale, locales: allLocales });
}

/**
 * Where translation modules live. From the sources (tests, Storybook, the dev server) this module
 * is a `.ts` file and lit-localize's generated TypeScript modules are served beside it; in the
 * one-file embed (`dist/civic-widgets.js`) the translations are `dist/locales/<locale>.js`,
 * next to the embed file. Built from a variable, not a literal, so that Vite neither inlines
 * every translation into the embed nor rewrites the URL.
 */
export function localeModuleUrl(locale: string, moduleUrl: string = import.meta.url): string {
  const fromSources = new URL(moduleUrl).pathname.endsWith('.ts');
  const path = fromSources ? `../generated/locales/${locale}.ts` : `./locales/${locale}.js`;
  return new URL(path, moduleUrl).href;
}

/** How many times a UI language was asked for (see the reset hook below). */
let requests = 0;

type LocaleModule = { templates: Record<string, unknown>; idLength?: number };

/**
 * The shipped translation files key messages by a prefix of their id (scripts/i18n-bundle.mjs
 * says why); the sources, served in tests and Storybook, by the whole id.
 */
export function byIdPrefix({ templates, idLength }: LocaleModule): LocaleModule {
  if (!idLength) return { templates };
  return { templates: new Proxy(templates, { get: (t, id) => t[String(id).slice(0, idLength)] }) };
}

const loadLocale = async (locale: string): Promise<LocaleModule> =>
  byIdPrefix((await import(/* @vite-ignore */ localeModuleUrl(locale))) as LocaleModule);

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // The cast: lit-localize types templates by its own template types; ours come from the modules.
  loadLocale: loadLocale as Parameters<typeof configureLocalization>[0]['loadLocale'],
});

/** The language `msg()` speaks in this copy now. */
export const uiLocale: () => string = getLocale;

/**
 * The `lang` for an element holding the widgets' own words inside a widget speaking `locale`,
 * when those words are in another language: a feed language without a UI translation (Tigrinya,
 * Somali) gets English buttons, which screen readers must not read with a Tigrinya voice.
 * `undefined` when the UI speaks the widget's language.
 */
export function uiLangFor(locale: string): string | undefined {
  const ui = getLocale();
  return baseLanguage(ui) === baseLanguage(locale) ? undefined : ui;
}

/**
 * Switches the widgets' own words to the UI language serving `tag`. Resolves when the
 * translation has loaded; a translation that cannot be loaded leaves the previous language.
 */
export function followUiLocale(tag: string | null | undefined): Promise<void> {
  requests++;
  return setLocale(uiLocaleFor(tag)).catch((error: unknown) => {
    console.warn('civic-widgets: could not load the translation', error);
  });
}

const followPage = () => void followUiLocale(getSharedLocale() ?? provisionalLocale(document.documentElement.lang));
followPage();
onSharedLocaleChange((locale) => void followUiLocale(locale));
// Deferred: a test resets the page, then sets the saved choice the fresh page should find; a
// language asked for in the meantime wins.
onSharedLocaleReset(() => {
  const at = requests;
  queueMicrotask(() => {
    if (requests === at) followPage();
  });
});
