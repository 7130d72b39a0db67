import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { isPseudoLocale, matchLocale, startLocale } from './locale-match.js';
import { baseLanguage } from './localized-text.js';
import { addCatalogue, hasCatalogue, type Catalogue, type Translation } from './messages.js';
import { savedLocale } from './shared-locale.js';

/**
 * The UI languages (the widgets' own words) and their translation files, loaded when a widget
 * first speaks one. Each copy of the library keeps its own (src/i18n/messages.ts says why); nothing
 * here runs on import, so the module also loads on a server (no `document`, no `window`).
 */

/** The languages the widgets speak (English and its translations), without the pseudo-locales. */
export const uiLanguages: readonly string[] = allLocales.filter((locale) => !isPseudoLocale(locale));

/**
 * Feed languages whose speakers are best served by another UI language: Norwegian without a
 * written standard named (`no`) and Nynorsk read Bokmål; Kurmanji is also written `ku` (CLDR's
 * code for it), Dari also `prs`.
 */
const UI_ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', ku: 'kmr', prs: 'fa-AF' };

/** The UI language serving `tag`: a translated locale (`uk-UA` → `uk`, `fa-AF` → `fa-AF`, `ku` → `kmr`), else English. */
export function uiLocaleFor(tag: string | null | undefined): string {
  return matchLocale(tag, allLocales) ?? matchLocale(UI_ALIASES[baseLanguage(tag ?? '')], allLocales) ?? sourceLocale;
}

/**
 * The language to speak before the feed has said which languages it offers (while loading, or
 * when there is no feed): the start order of `startLocale` among the translated UI languages.
 */
export function provisionalLocale(documentLang: string | null | undefined): string {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return startLocale({ saved: savedLocale(), browser, documentLang, defaultLocale: sourceLocale, locales: uiLanguages });
}

/**
 * Where the built translations are, relative to the built module holding this code: the embed's
 * build sets it (its code is in dist/chunks/, the translations in dist/locales/); otherwise beside it.
 */
declare const __CIVIC_LOCALES_DIR__: string | undefined;
const BUILT_LOCALES_DIR = typeof __CIVIC_LOCALES_DIR__ === 'string' ? __CIVIC_LOCALES_DIR__ : './locales/';

/**
 * Where translation modules live. From the sources (tests, Storybook, the dev server) this module
 * is a `.ts` file and lit-localize's generated TypeScript modules are served beside it; in the
 * embed the translations are `dist/locales/<locale>.js`, reached from the chunk holding this code
 * (`builtDir`). Built from a variable, not a literal, so that Vite neither inlines every
 * translation into the embed nor rewrites the URL.
 */
export function localeModuleUrl(locale: string, moduleUrl: string = import.meta.url, builtDir = BUILT_LOCALES_DIR): string {
  const fromSources = new URL(moduleUrl).pathname.endsWith('.ts');
  const path = fromSources ? `../generated/locales/${locale}.ts` : `${builtDir}${locale}.js`;
  return new URL(path, moduleUrl).href;
}

/** What a translation module exports. */
export interface LocaleModule {
  templates: Record<string, Translation>;
  /** Set in shipped files: messages are keyed by the first `idLength` characters of their id. */
  idLength?: number;
}

/**
 * Looks messages up by the prefix of their id in the shipped translation files (scripts/i18n-bundle.mjs
 * says why; an id given in code is kept whole there, and a hash's prefix never looks like one), by the
 * whole id in the sources (tests, Storybook).
 */
export function catalogueOf({ templates, idLength }: LocaleModule): Catalogue {
  return idLength ? (id) => templates[id.slice(0, idLength)] ?? templates[id] : (id) => templates[id];
}

/** For tests and the npm package: how a translation module is fetched. */
export const localeLoader = {
  load: (locale: string): Promise<LocaleModule> => import(/* @vite-ignore */ localeModuleUrl(locale)) as Promise<LocaleModule>,
};

const loading = new Map<string, Promise<boolean>>();

/** Whether the widgets' words in `locale` (a UI language) are here. */
export const hasUiLocale = (locale: string): boolean => hasCatalogue(locale, sourceLocale);

/**
 * Loads the words of a UI language once. Resolves to whether they are here; a translation that
 * cannot be loaded leaves the widgets speaking English and is tried again on the next request.
 */
export function loadUiLocale(locale: string): Promise<boolean> {
  if (hasUiLocale(locale)) return Promise.resolve(true);
  let load = loading.get(locale);
  if (!load) {
    load = localeLoader.load(locale).then(
      (module) => (addCatalogue(locale, catalogueOf(module)), true),
      (error: unknown) => {
        console.warn(`civic-widgets: could not load the ${locale} translation`, error);
        return false;
      },
    );
    loading.set(locale, load);
    void load.then(() => loading.delete(locale));
  }
  return load;
}
