/**
 * The categories an import may use: the ids of templates/categories.csv (bundled, with names in
 * twelve languages), or a city's own file given with --categories. An id that is not among them is
 * looked up by name in any language ("Gesundheit" → health) and otherwise refused with the closest id.
 */
import type { Category } from '../feed/types.js';
import DEFAULT_CATEGORIES from '../../templates/categories.csv';
import { readCsv } from './csv-table.js';
import { ImportLog, slug } from './import-run.js';
import { languageTagOf } from './languages.js';
import { InputError } from './read-input.js';
import { closest, fold } from './suggest.js';

export interface CategorySet {
  categories: Category[];
  /** Taxonomy terms (codes, ids, names; folded) → category id, from a `taxonomy_terms` column. */
  terms: Map<string, string>;
  /** A category id for an id or a name written in any language, or undefined. */
  find(text: string): string | undefined;
  /** `: did you mean "health"?` or the list of ids. */
  suggest(text: string): string;
  /** True when the set came from --categories. */
  own: boolean;
}

export function loadCategories(text: string | undefined, file: string | undefined, log: ImportLog): CategorySet {
  const source = file ?? 'templates/categories.csv';
  const table = readCsv(text ?? DEFAULT_CATEGORIES, source, log);
  const columns = table.header.map((h) => h.toLowerCase());
  const idColumn = columns.indexOf('id');
  if (idColumn === -1) throw new InputError(`${source}: no "id" column (see templates/categories.csv)`);
  const categories: Category[] = [];
  const terms = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const row of table.rows) {
    const cell = (name: string): string | undefined => {
      const i = columns.indexOf(name);
      return i === -1 ? undefined : row.values[i]?.trim() || undefined;
    };
    const rawId = cell('id');
    if (!rawId) {
      log.skip({ file: source, line: row.line }, 'category without an id');
      continue;
    }
    const id = slug(rawId);
    const name: Record<string, string> = {};
    columns.forEach((column, i) => {
      const m = /^name[.:](.+)$/.exec(column);
      const lang = m ? languageTagOf(m[1]!) : undefined;
      const value = row.values[i]?.trim();
      if (lang && value) name[lang] = value;
    });
    if (!Object.keys(name).length) name.en = rawId;
    const category: Category = { id, name };
    const icon = cell('icon');
    if (icon && /^[a-z0-9-]{1,32}$/.test(icon)) category.icon = icon;
    const color = cell('color') ?? cell('colour');
    if (color && /^#(?:[\da-fA-F]{3}){1,2}$/.test(color)) category.color = color;
    categories.push(category);
    for (const n of [rawId, ...Object.values(name)]) byName.set(fold(n), id);
    for (const term of (cell('taxonomy_terms') ?? '').split(/[;\n]/)) if (term.trim()) terms.set(fold(term.trim()), id);
  }
  const ids = categories.map((c) => c.id);
  return {
    categories,
    terms,
    own: file !== undefined,
    find: (value) => byName.get(fold(value.trim())),
    suggest: (value) => {
      const near = closest(fold(value), byName.keys());
      return near ? `: did you mean "${byName.get(near)}"?` : `: the categories are ${ids.join(', ')}`;
    },
  };
}

/** Category names in the feed's languages only (English when none of them is there). */
export function forLocales(category: Category, locales: readonly string[]): Category {
  if (typeof category.name === 'string') return category;
  const name = Object.fromEntries(Object.entries(category.name).filter(([lang]) => locales.includes(lang)));
  return { ...category, name: Object.keys(name).length ? name : { en: category.name.en ?? Object.values(category.name)[0]! } };
}
