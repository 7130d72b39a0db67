/**
 * The card of one call for partners. A render function, not an element: every card shares its
 * widget's feed, language and clock, and a nested shadow root per card would cost bytes and
 * split the print and `::part` styling.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import { renderHeading } from '../../base/heading.js';
import { subheadingLevel, type HeadingLevel } from '../../base/heading-level.js';
import { renderPublisher } from '../../base/publisher-parts.js';
import type { Publishers } from '../../feed/publishers.js';
import type { Feed, LocalizedText, PartnerCall } from '../../feed/types.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { langOf } from '../../base/lang-of.js';
import { commaSeparated } from '../../base/comma-separated.js';
import { deadlineWords } from './call-deadline.js';
import { mailtoHref, webHref } from '../../links/links.js';
import { fallbackLanguage, intl } from '../../i18n/intl.js';
import { countryName, countryNameIn } from '../../i18n/intl-words.js';
import { isolated } from '../../base/feed-text.js';
import { intlText } from '../../base/intl-text.js';

export { countryName };
import type { SelectedCall } from './call-selection.js';

/** How "Express interest" reaches the call's organisers. */
export type InterestVia = 'url' | 'email';

/** What a card needs from its widget. */
export interface CardContext {
  feed: Feed;
  /** Whose each call is (`publishersOf(feed.calls)`): named on the card in a network's feed. */
  publishers: Publishers;
  locale: string;
  level: HeadingLevel;
  compact: boolean;
  now: number;
  visitorZone: string;
  /** Whether the browser can share (Web Share API); else the card offers "Copy link". */
  canShare: boolean;
  pick(value: LocalizedText | undefined): PickedText | undefined;
  text(value: LocalizedText | undefined): unknown;
  /** The polite message after copying or sharing, per call id. */
  status(id: string): string;
  interest(call: PartnerCall, via: InterestVia): void;
  calendar(call: PartnerCall): void;
  share(call: PartnerCall): void;
}

/** Where "Express interest" leads: the call's web page, else an e-mail with a subject. */
export function interestTarget(call: PartnerCall, title: string): { href: string; via: InterestVia; address?: string } | undefined {
  const url = webHref(call.url);
  if (url) return { href: url, via: 'url' };
  const mail = mailtoHref(call.contact?.email, msg(str`Expression of interest: ${title}`));
  return mail ? { href: mail, via: 'email', address: call.contact!.email!.trim() } : undefined;
}

/** "157,444 €" in the visitor's locale; nothing for an unknown currency or a non-number. */
export function budgetText(budget: PartnerCall['budget'], locale: string): string | undefined {
  if (!budget || !Number.isFinite(budget.amount)) return undefined;
  try {
    return intl(Intl.NumberFormat, locale, { style: 'currency', currency: budget.currency, trailingZeroDisplay: 'stripIfInteger' }).format(
      budget.amount,
    );
  } catch {
    return undefined;
  }
}

/** "36 months" in the visitor's language. */
export function durationText(months: number | undefined, locale: string): string | undefined {
  if (!(typeof months === 'number' && months > 0)) return undefined;
  return intl(Intl.NumberFormat, locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(months);
}

/** A term and its value; `block`: a paragraph of feed text, with its own `lang` and `dir` when in another language. */
const fact = (
  term: string,
  value: unknown,
  part: string,
  block?: { text: PickedText | undefined; locale: string },
): TemplateResult | typeof nothing =>
  value === undefined || value === nothing || value === ''
    ? nothing
    : html`<div part="fact ${part}"><dt>${term}</dt><dd ${langOf(block?.text, block?.locale ?? '')}>${value}</dd></div>`;

function renderLabels(ctx: CardContext, call: PartnerCall): TemplateResult | typeof nothing {
  const topics = ctx.compact ? [] : (call.topics ?? []).filter(Boolean);
  if (!call.programme && topics.length === 0) return nothing;
  const topicName = (id: string): unknown => {
    const category = ctx.feed.categories.find((c) => c.id === id);
    return category ? ctx.text(category.name) : id;
  };
  return html`<ul class="labels" part="labels" aria-label=${msg('Programme and topics')}>
    ${call.programme ? html`<li part="label programme"><bdi>${call.programme}</bdi></li>` : nothing}
    ${topics.map((t) => html`<li part="label topic">${topicName(t)}</li>`)}
  </ul>`;
}

function renderDeadline(ctx: CardContext, selected: SelectedCall): TemplateResult {
  const words = deadlineWords(selected.call.deadline, selected.zone, ctx.now, ctx.locale, ctx.visitorZone);
  // Closed early (the feed's status) says so, whatever the deadline.
  const d =
    selected.closed && words.state !== 'closed' ? { ...words, state: 'closed', words: msg('Applications closed'), soon: false } : words;
  return html`<div class="deadline ${d.state}" part="deadline">
    ${
      d.date
        ? html`<p><span class="term">${msg('Deadline:')}</span> <time datetime=${new Date(d.ms).toISOString()} lang=${ifDefined(fallbackLanguage(Intl.DateTimeFormat, ctx.locale))}>${d.date}</time></p>`
        : nothing
    }
    <p class="words" part="deadline-status">
      ${d.soon ? html`<strong class="soon">${msg('Closing soon')}</strong>` : nothing} <span>${d.words}</span>
    </p>
  </div>`;
}

const isolatedOrNothing = (picked: PickedText | undefined, locale: string): unknown => (picked ? isolated(picked, locale) : undefined);
const intlOrNothing = (text: string | undefined, locale: string): unknown => (text ? intlText(text, Intl.NumberFormat, locale) : undefined);

/** The parts that are there, separated by commas; undefined when none is. */
const joined = (...parts: unknown[]): unknown[] | undefined => {
  const shown = parts.filter((p) => p && p !== nothing);
  return shown.length ? commaSeparated(shown) : undefined;
};

function renderDetails(ctx: CardContext, call: PartnerCall): unknown {
  const summary = ctx.pick(call.summary);
  const objectives = (call.objectives ?? []).map((o) => ctx.pick(o)).filter((o): o is PickedText => !!o);
  const partners = ctx.pick(call.partnersSought);
  const { coordinator, contact } = call;
  const mail = mailtoHref(contact?.email);
  const facts = [
    fact(msg('Partners sought'), partners?.text, 'partners', { text: partners, locale: ctx.locale }),
    fact(
      msg('Coordinator'),
      joined(ctx.text(coordinator?.name), isolatedOrNothing(countryNameIn(coordinator?.country, ctx.locale), ctx.locale)),
      'coordinator',
    ),
    fact(msg('Duration'), intlOrNothing(durationText(call.durationMonths, ctx.locale), ctx.locale), 'duration'),
    fact(msg('Budget'), intlOrNothing(budgetText(call.budget, ctx.locale), ctx.locale), 'budget'),
    fact(
      msg('Contact'),
      joined(contact?.name && html`<bdi>${contact.name}</bdi>`, mail && html`<a href=${mail} dir="ltr">${contact!.email!.trim()}</a>`),
      'contact',
    ),
  ].filter((f) => f !== nothing);
  return html`
    ${summary ? html`<p class="summary" part="summary" ${langOf(summary, ctx.locale)}>${summary.text}</p>` : nothing}
    ${
      objectives.length
        ? html`<section part="objectives">
          ${renderHeading(subheadingLevel(ctx.level), msg('Objectives'), 'subheading')}
          <ul>${objectives.map((o, i) => html`<li ${langOf(o, ctx.locale, o.lang !== objectives[i - 1]?.lang)}>${o.text}</li>`)}</ul>
        </section>`
        : nothing
    }
    ${facts.length ? html`<dl part="facts">${facts}</dl>` : nothing}
  `;
}

function renderActions(ctx: CardContext, selected: SelectedCall, title: string, titleId: string): TemplateResult | typeof nothing {
  const { call, closed } = selected;
  const interest = closed ? undefined : interestTarget(call, title);
  const button = (part: string, label: string, onClick: () => void): TemplateResult =>
    html`<button type="button" part="button ${part}" aria-describedby=${titleId} @click=${onClick}>${label}</button>`;
  // Compact cards have only "Express interest": no empty row when there is none.
  if (ctx.compact && !interest) return nothing;
  return html`<div class="actions" part="actions">
    ${
      interest
        ? html`<a class="button" part="button interest" href=${interest.href} data-address=${ifDefined(interest.address)} aria-describedby=${titleId}
          @click=${() => ctx.interest(call, interest.via)}>${msg('Express interest')}</a>`
        : nothing
    }
    ${
      ctx.compact
        ? nothing
        : html`${closed ? nothing : button('calendar', msg('Add the deadline to my calendar'), () => ctx.calendar(call))}
        ${button('share', ctx.canShare ? msg('Share') : msg('Copy link'), () => ctx.share(call))}`
    }
  </div>
  ${ctx.compact ? nothing : html`<p class="action-status" part="action-status" role="status">${ctx.status(call.id)}</p>`}`;
}

/** One call's card. `index` keeps ids unique within the widget's shadow root. */
export function renderCallCard(ctx: CardContext, selected: SelectedCall, index: number): TemplateResult {
  const { call } = selected;
  const title = ctx.pick(call.title);
  const titleId = `call-title-${index}`;
  const heading = renderHeading(ctx.level, ctx.text(call.title), 'title', titleId);
  return html`<article class="card ${ctx.compact ? 'compact' : 'full'}" part="card" aria-labelledby=${titleId}>
    ${heading} ${renderLabels(ctx, call)} ${renderPublisher(ctx.publishers, selected.publisher, ctx.text)} ${renderDeadline(ctx, selected)}
    ${ctx.compact ? nothing : renderDetails(ctx, call)}
    ${renderActions(ctx, selected, title?.text ?? call.id, titleId)}
  </article>`;
}
