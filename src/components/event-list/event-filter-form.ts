/**
 * The event list's filters, for the shared filter bar (`src/base/filter-bar.ts`): when and where at the top (the
 * two questions about an event), the rest in the bar's panel (category, language, online or in person, publisher
 * in a network's feed, free), and the active ones as removable chips in the bar's row. Each option says how many
 * events it would list. Render functions over a context; changes reach the element as `change` events of named
 * controls, chips call `remove`.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/messages.js';
import type { Category, LocalizedText } from '../../feed/types.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { textDirection } from '../../i18n/direction.js';
import { intl } from '../../i18n/intl.js';
import { foreignLang, isolated } from '../../base/feed-text.js';
import { languageChoice } from '../../base/intl-text.js';
import { publisherIndex, publisherName, type Publishers } from '../../feed/publishers.js';
import { renderPublisherSelect } from '../../base/publisher-parts.js';
import { activeFilters, type EventFilters, type FilterCounts, type FilterKey } from './event-filters.js';
import { dateKeyToUtc } from './event-time.js';

export interface FilterContext {
  filters: EventFilters;
  counts: FilterCounts;
  categories: readonly Category[];
  /** The towns of the listed events, whatever the filters (`ListView.towns`). */
  towns: readonly string[];
  publishers: Publishers;
  locale: string;
  pick(value: LocalizedText | undefined): PickedText | undefined;
  number(n: number): string;
  /** Switches one filter off (a chip). */
  remove(key: FilterKey): void;
}

type Option = [value: string, text: unknown, count?: number, lang?: string];

/** A labelled select; each option with the number of events it would list, and the `lang` of a name in another language. */
function select(
  ctx: FilterContext,
  name: 'category' | 'language' | 'mode' | 'date' | 'place',
  label: string,
  options: Option[],
): TemplateResult {
  return html`<div class="field" part="field">
    <label for="f-${name}">${label}</label>
    <select id="f-${name}" name=${name}>
      ${options.map(
        ([value, text, count, lang]) =>
          html`<option value=${value} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} .selected=${value === ctx.filters[name]}>${text}${count === undefined ? '' : ` (${ctx.number(count)})`}</option>`,
      )}
    </select>
  </div>`;
}

/** The towns events take place in, in the widget's language's order (the chosen one kept). */
function towns(ctx: FilterContext): string[] {
  const list = [...ctx.towns];
  if (ctx.filters.place && !list.includes(ctx.filters.place)) list.push(ctx.filters.place);
  const collator = intl(Intl.Collator, ctx.locale, {});
  return list.sort(collator.compare);
}

/** "When" and, where events take place in more than one town, "Where": above the bar's row. */
export function renderQuickFields(ctx: FilterContext): TemplateResult {
  const { filters: f, counts } = ctx;
  const places = towns(ctx);
  const day = (name: 'from' | 'to', label: string): TemplateResult =>
    html`<div class="field" part="field">
      <label for="f-${name}">${label}</label>
      <input id="f-${name}" name=${name} type="date" .value=${f[name]} min=${ifDefined((name === 'to' && f.from) || undefined)} max=${ifDefined((name === 'from' && f.to) || undefined)} />
    </div>`;
  return html`<div class="quick" part="filters">
    ${select(ctx, 'date', msg('When'), [
      ['', msg('Any date'), counts.anyDate],
      ['week', msg('This week'), counts.week],
      ['month', msg('This month'), counts.month],
      ['span', msg('Choose dates')],
    ])}
    ${places.length > 1 || f.place ? select(ctx, 'place', msg('Where'), [['', msg('All places'), counts.anyPlace], ...places.map((t): Option => [t, t, counts.place.get(t) ?? 0])]) : nothing}
    ${f.date === 'span' ? [day('from', msg('From')), day('to', msg('To'))] : nothing}
  </div>`;
}

/** The bar's panel: category, language, online or in person, publisher (a network's feed), free only. */
export function renderPanelFields(ctx: FilterContext): TemplateResult {
  const { filters: f, counts, locale } = ctx;
  const categories = ctx.categories.filter((c) => counts.category.has(c.id) || c.id === f.category);
  const languages = [...counts.language.keys()];
  if (f.language && !counts.language.has(f.language)) languages.push(f.language);
  const named = languages.map((code) => [code, languageChoice(code, locale)] as const);
  const collator = intl(Intl.Collator, locale, {});
  named.sort((a, b) => collator.compare(a[1].text, b[1].text));
  return html`${select(ctx, 'category', msg('Category'), [
    ['', msg('All categories'), counts.anyCategory],
    ...categories.map((c): Option => {
      const name = ctx.pick(c.name);
      return [c.id, name?.text ?? '', counts.category.get(c.id) ?? 0, foreignLang(name, locale)];
    }),
  ])}
    ${select(ctx, 'language', msg('Language'), [
      ['', msg('All languages'), counts.anyLanguage],
      ...named.map(([code, name]): Option => [code, name.text, counts.language.get(code) ?? 0, foreignLang(name, locale)]),
    ])}
    ${select(ctx, 'mode', msg('Online or in person'), [
      ['', msg('Online and in person'), counts.anyMode],
      ['online', msg('Online'), counts.online],
      ['in-person', msg('In person'), counts.inPerson],
    ])}
    ${
      ctx.publishers.network
        ? html`<div class="field" part="field">
          ${renderPublisherSelect({
            id: 'f-publisher',
            table: ctx.publishers,
            counts: counts.publisher,
            all: counts.anyPublisher,
            chosen: f.publisher,
            name: (p) => ctx.pick(publisherName(p)),
            locale,
            number: ctx.number,
          })}
        </div>`
        : nothing
    }
    <div class="field check" part="field">
      <input id="f-free" name="free" type="checkbox" .checked=${f.free} />
      <label for="f-free">${msg('Free only')} (${ctx.number(counts.free)})</label>
    </div>`;
}

/** A chosen date or span in words: "This week", "12 Apr – 20 Apr" (an open end stays open: "12 Apr –"). */
function dateWords(f: EventFilters, locale: string): unknown {
  if (f.date === 'week') return msg('This week');
  if (f.date === 'month') return msg('This month');
  const day = (key: string): string =>
    key ? intl(Intl.DateTimeFormat, locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(dateKeyToUtc(key)) : '…';
  return f.from && f.to
    ? intl(Intl.DateTimeFormat, locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(
        dateKeyToUtc(f.from),
        dateKeyToUtc(f.to),
      )
    : `${day(f.from)} – ${day(f.to)}`;
}

/** What a chip says for an active filter; feed names isolated with their `lang`. */
function chipLabel(ctx: FilterContext, key: FilterKey): unknown {
  const { filters: f, locale } = ctx;
  const named = (picked: PickedText | undefined, fallback: string): unknown => (picked ? isolated(picked, locale) : fallback);
  switch (key) {
    case 'date':
      return dateWords(f, locale);
    case 'place':
      return html`<bdi>${f.place}</bdi>`;
    case 'category':
      return named(ctx.pick(ctx.categories.find((c) => c.id === f.category)?.name), f.category);
    case 'language':
      return named(languageChoice(f.language, locale), f.language);
    case 'mode':
      return f.mode === 'online' ? msg('Online') : msg('In person');
    case 'free':
      return msg('Free only');
    default:
      return named(ctx.pick(publisherName(ctx.publishers.list[publisherIndex(ctx.publishers, f.publisher)])), f.publisher);
  }
}

/** The active filters as chips, each removing its filter; nothing when none is on. */
export function renderChips(ctx: FilterContext): unknown {
  const active = activeFilters(ctx.filters);
  return active.length
    ? html`<ul class="chips" part="active-filters" aria-label=${msg('Active filters:')}>
        ${active.map(
          (key) => html`<li>
            <button type="button" class="chip" part="chip" @click=${() => ctx.remove(key)}>
              <span class="visually-hidden">${msg('Remove filter:')}</span> ${chipLabel(ctx, key)} <span aria-hidden="true">✕</span>
            </button>
          </li>`,
        )}
      </ul>`
    : nothing;
}
