/**
 * The event list's filters: category, language, online or in person, when, publisher (a network's feed) and
 * "Free only", each option with the number of events it would list. A render function over a context; changes
 * reach the element as `change` events of named controls.
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
import { foreignLang } from '../../base/civic-element.js';
import { languageChoice } from '../../base/intl-text.js';
import { publisherName, type Publishers } from '../../feed/publishers.js';
import { renderPublisherSelect } from '../../base/publisher-parts.js';
import type { EventFilters, FilterCounts } from './event-filters.js';

export interface FilterContext {
  filters: EventFilters;
  counts: FilterCounts;
  categories: readonly Category[];
  publishers: Publishers;
  locale: string;
  pick(value: LocalizedText | undefined): PickedText | undefined;
  number(n: number): string;
}

type Option = [value: string, text: unknown, count?: number, lang?: string];

/** The filter controls (without their form: the filter bar holds them). */
export function renderFilterFields(ctx: FilterContext): TemplateResult {
  const { filters: f, counts, locale } = ctx;
  const categories = ctx.categories.filter((c) => counts.category.has(c.id) || c.id === f.category);
  const languages = [...counts.language.keys()];
  if (f.language && !counts.language.has(f.language)) languages.push(f.language);
  const named = languages.map((code) => [code, languageChoice(code, locale)] as const);
  const collator = intl(Intl.Collator, locale, {});
  named.sort((a, b) => collator.compare(a[1].text, b[1].text));
  /** A labelled select; each option with the number of events it would list, and the `lang` of a name in another language. */
  const select = (name: 'category' | 'language' | 'mode' | 'date', label: string, options: Option[]): TemplateResult =>
    html`<div class="field" part="field">
      <label for="f-${name}">${label}</label>
      <select id="f-${name}" name=${name}>
        ${options.map(
          ([value, text, count, lang]) =>
            html`<option value=${value} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} ?selected=${value === f[name]}>${text}${count === undefined ? '' : ` (${ctx.number(count)})`}</option>`,
        )}
      </select>
    </div>`;
  const day = (name: 'from' | 'to', label: string): TemplateResult =>
    html`<div class="field" part="field">
      <label for="f-${name}">${label}</label>
      <input id="f-${name}" name=${name} type="date" .value=${f[name]} min=${ifDefined((name === 'to' && f.from) || undefined)} max=${ifDefined((name === 'from' && f.to) || undefined)} />
    </div>`;
  return html`${select('date', msg('When'), [
      ['', msg('Any date'), counts.anyDate],
      ['week', msg('This week'), counts.week],
      ['month', msg('This month'), counts.month],
      ['span', msg('Choose dates')],
    ])}
    ${f.date === 'span' ? [day('from', msg('From')), day('to', msg('To'))] : nothing}
    ${select('category', msg('Category'), [
      ['', msg('All categories'), counts.anyCategory],
      ...categories.map((c): Option => {
        const name = ctx.pick(c.name);
        return [c.id, name?.text ?? '', counts.category.get(c.id) ?? 0, foreignLang(name, locale)];
      }),
    ])}
    ${select('language', msg('Language'), [
      ['', msg('All languages'), counts.anyLanguage],
      ...named.map(([code, name]): Option => [code, name.text, counts.language.get(code) ?? 0, foreignLang(name, locale)]),
    ])}
    ${select('mode', msg('Online or in person'), [
      ['', msg('Online and in person'), counts.anyMode],
      ['online', msg('Online'), counts.online],
      ['in-person', msg('In person'), counts.inPerson],
    ])}
    ${ctx.publishers.network
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
      : nothing}
    <div class="field check" part="field">
      <input id="f-free" name="free" type="checkbox" .checked=${f.free} />
      <label for="f-free">${msg('Free only')} (${ctx.number(counts.free)})</label>
    </div>`;
}
