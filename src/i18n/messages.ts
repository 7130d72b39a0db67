/**
 * The widgets' own words, each widget in its own language.
 *
 * Code names a string as lit-localize documents it — `msg('Try again')`, `msg(str\`In ${area}\`)`,
 * `msg(html\`…\`)` — and `lit-localize extract` finds every call and writes locales/*.xlf. The
 * extractor knows a call by its type (a function whose type carries `_LIT_LOCALIZE_MSG_`, a tag
 * whose type carries `_LIT_LOCALIZE_STR_`), not by the module it comes from, so the `msg` and `str`
 * below are found like @lit/localize's own, with the same ids (`generateMsgId`, which the extractor
 * uses too): existing translations keep applying.
 *
 * What differs is the runtime. @lit/localize's `msg()` reads one catalogue per JavaScript realm, set
 * once by `configureLocalization`: one language for the whole page, and a host app that configures
 * @lit/localize for its own words would make ours throw or change. Here nothing is global: each copy
 * of the library keeps the catalogues it loaded (by language, never changed once loaded), and
 * `msg()` speaks the language of the widget that is rendering — CivicElement renders inside
 * `inLanguage(itsLanguage, …)`. Words made outside a render (an announcement set in an event
 * handler) are made inside `inLanguage` too, or they come out in English.
 *
 * @module
 */
import type { TemplateResult } from 'lit';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

/** `str\`…${x}…\``: a string with values, for `msg()`. */
export interface StrResult {
  strTag: true;
  strings: TemplateStringsArray;
  values: unknown[];
}

/** `str` as lit-localize's extractor knows it (the brand below is what it looks for). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => StrResult) & { _LIT_LOCALIZE_STR_?: never };

/**
 * A translation as a locale module holds it: a string, or a template (`str` or `html`) whose
 * `values` are the positions of the source's values, in the order the language needs them.
 */
export type Translation = string | { strings: TemplateStringsArray; values: number[]; strTag?: true };

/** One language's translations, by message id. */
export type Catalogue = (id: string) => Translation | undefined;

/** What a widget's render speaks: its UI language and that language's catalogue (none for English). */
interface Speaking {
  locale: string;
  catalogue: Catalogue | undefined;
}

/** This copy's catalogues, by UI language: each set once, when its module has loaded. */
const catalogues = new Map<string, Catalogue>();

/** The language of the render under way; undefined between renders. */
let speaking: Speaking | undefined;

/** For tests: called when `msg()` runs outside any `inLanguage()` (it then speaks English). */
export const messageChecks: { outside?: (template: unknown) => void } = {};

/** Adds a loaded language. */
export function addCatalogue(locale: string, catalogue: Catalogue): void {
  catalogues.set(locale, catalogue);
}

/** Whether the translations of `locale` are here (English, the source, always is). */
export function hasCatalogue(locale: string, sourceLocale = 'en'): boolean {
  return locale === sourceLocale || catalogues.has(locale);
}

/** Runs `make` with `msg()` speaking `locale` (a UI language; English words where it has no translation loaded). */
export function inLanguage<T>(locale: string, make: () => T): T {
  const outer = speaking;
  speaking = { locale, catalogue: catalogues.get(locale) };
  try {
    return make();
  } finally {
    speaking = outer;
  }
}

/** The UI language `msg()` speaks now: the rendering widget's; English outside a render. */
export function speakingLocale(): string {
  return speaking?.locale ?? 'en';
}

const ids = new Map<string | TemplateStringsArray, string>();

/** The id lit-localize gives a message: a hash of its text (`s…` for strings, `h…` for html). */
function idOf(template: string | StrResult | TemplateResult): string {
  const strings = typeof template === 'string' ? template : template.strings;
  let id = ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template))));
  return id;
}

/** A `str` template's text with its values, in the order `order` gives (a translation's), else as written. */
function joined(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let text = strings[0]!;
  for (let i = 1; i < strings.length; i++) text += String(values[order ? order[i - 1]! : i - 1]) + strings[i];
  return text;
}

export interface MsgOptions {
  /** A fixed id (plural forms share a text, so they need one each). */
  id?: string;
  /** A note for translators. */
  desc?: string;
}

function message(template: string, options?: MsgOptions): string;
function message(template: StrResult, options?: MsgOptions): string;
function message(template: TemplateResult, options?: MsgOptions): TemplateResult;
function message(template: string | StrResult | TemplateResult, options?: MsgOptions): string | TemplateResult {
  if (!speaking) messageChecks.outside?.(template);
  const translated = speaking?.catalogue?.(options?.id ?? idOf(template));
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  const localized = typeof translated === 'object' ? translated : undefined;
  if ('strTag' in template)
    return localized ? joined(localized.strings, template.values, localized.values) : joined(template.strings, template.values);
  // html: the translation's template with the source's values in its order.
  return localized
    ? ({ ...template, strings: localized.strings, values: localized.values.map((i) => template.values[i]) } as TemplateResult)
    : template;
}

/** `msg()` as lit-localize's extractor knows it (the brand below is what it looks for). */
export const msg = message as typeof message & { _LIT_LOCALIZE_MSG_?: never };
