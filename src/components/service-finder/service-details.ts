/**
 * One service's details, shown in place of the results (a view, not a modal): whether it is open and
 * what to do first, then where, how to apply, when (the week, holidays and other hours), what it is
 * and how to reach it. Its own module, imported by nothing but the element, so that it can be loaded
 * on first use.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/messages.js';
import { intlText } from '../../base/intl-text.js';
import { langOf } from '../../base/lang-of.js';
import { renderHeading } from '../../base/heading.js';
import { subheadingLevel, type HeadingLevel } from '../../base/heading-level.js';
import { renderPublisher } from '../../base/publisher-parts.js';
import type { Address, LocalizedText, Service } from '../../feed/types.js';
import type { Publishers } from '../../feed/publishers.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { fallbackLanguage, intl } from '../../i18n/intl.js';
import { addressLine, addressLines } from '../../links/address.js';
import { mailtoHref, mapLinks, routeHref, telHref, webHref } from '../../links/links.js';
import type { OpeningRange } from '../../time/opening-hours.js';
import { openingRanges, upcomingClosures, weeklySchedule } from '../../time/opening-week.js';
import { weekdayOfDateKey, zonedDateKey } from '../../time/date-keys.js';
import { at, formatClock } from './opening-words.js';
import { formatClockRange, openStatusText, weekdayName } from './opening-sentences.js';
import type { FinderWords } from './finder-context.js';
import { isFree } from './service-filters.js';

/** What the details need from the element. */
export interface DetailsContext extends FinderWords {
  publishers: Publishers;
  /** The link that brings someone straight back to this service. */
  link: string;
  /** After "Copy link": copied, or shown to copy by hand. */
  copy: '' | 'copied' | 'manual';
  /** Whether the browser can share (Web Share API); else the details offer "Copy link". */
  canShare: boolean;
  close(): void;
  copyLink(link: string): void;
  share(link: string): void;
}

/**
 * An opening range as the locale writes it ("07:30–15:30 Uhr", "7:30 ص – 3:30 م"); past midnight,
 * where Intl would add dates, two times each isolated for bidi.
 */
export function renderRange(opens: string, closes: string, locale: string): unknown {
  return at(closes) > at(opens) && !closes.startsWith('24')
    ? formatClockRange(opens, closes, locale)
    : html`<bdi>${formatClock(opens, locale)}</bdi> – <bdi>${formatClock(closes, locale)}</bdi>`;
}

/** A closure's days as the locale writes them ("Thu, December 24 – Sat, December 26"; one day, once). */
export function formatDays(from: string, to: string, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    Date.parse(from),
    Date.parse(to),
  );
}

/** An address, each line isolated: "04109 Leipzig" must not be reordered inside right-to-left text. */
export function renderAddress(address: Address | undefined, locale: string): TemplateResult | typeof nothing {
  const lines = addressLines(address, locale);
  return lines.length ? html`<address>${lines.map((l, i) => html`${i ? html`<br />` : nothing}<bdi>${l}</bdi>`)}</address>` : nothing;
}

/**
 * One service's details, in the order a person needs them: its name (the heading, which takes the focus),
 * whether it is open, what to do (Call, Route, Share), where, how to apply, when, and the rest.
 */
export function renderDetails(ctx: DetailsContext, s: Service): TemplateResult {
  const { feed, locale, level } = ctx;
  const now = new Date();
  const section = (title: string, body: unknown): TemplateResult =>
    html`<section>${renderHeading(Math.min(level + 2, 6) as HeadingLevel, title, 'details-heading')} ${body}</section>`;
  const org = s.organization;
  const orgUrl = webHref(org?.url);
  const eligibility = ctx.pick(s.eligibility);
  const howToApply = ctx.pick(s.howToApply);
  // [term, value, the feed text it is when a paragraph of its own: lang and dir go on the <dd>]
  const facts: Array<[string, unknown, PickedText?]> = [
    [msg('Offered by'), org?.name && (orgUrl ? html`<a href=${orgUrl} rel="noopener">${ctx.text(org.name)}</a>` : ctx.text(org.name))],
    [msg('Categories'), ctx.categoryNames(s)],
    [msg('Languages spoken'), ctx.spokenLanguages(s)],
    [msg('Cost'), isFree(s) ? msg('Free of charge') : s.cost && ctx.text(s.cost)],
    [msg('Who can use it'), eligibility?.text, eligibility],
  ];
  const locations = (s.locations ?? []).filter((l) => l && (l.address || l.geo));
  const week = weeklySchedule(s.hours);
  // Hours are the office's wall clock: its own zone, else the feed's; so are its holidays.
  const zone = s.timeZone ?? feed.timeZone;
  const todayKey = zonedDateKey(now, zone);
  const today = weekdayOfDateKey(todayKey);
  const closures = s.status === 'temporarily closed' ? [] : upcomingClosures(s.closures, todayKey);
  // Soonest first and not over: the first one, when it has begun, is today's.
  const todayClosure = closures[0] && closures[0].from <= todayKey ? closures[0] : undefined;
  const status = openStatusText(s, now, zone, locale);
  // Times Intl wrote in a fallback language (a Tigrinya widget in Chromium: British English) say so.
  const timesLang = fallbackLanguage(Intl.DateTimeFormat, locale);
  const ranges = (list: OpeningRange[]): unknown =>
    list.length
      ? html`<span lang=${ifDefined(timesLang)}>${list.map((r, j) => html`${j ? html`<br />` : nothing}${renderRange(r.opens, r.closes, locale)}`)}</span>`
      : msg('Closed');
  const c = s.contacts ?? {};
  const tel = telHref(c.phone);
  const place = locations[0];
  const route = place && routeHref(place.geo, addressLine(place.address, locale));
  const description = ctx.pick(s.description);
  const contacts: Array<[string, string | undefined, string | undefined]> = [
    [msg('Phone:'), tel, c.phone],
    [msg('E-mail:'), mailtoHref(c.email), c.email],
    [msg('Website:'), webHref(c.url), webHref(c.url)],
  ];
  return html`<article part="details" class="details" aria-labelledby="details-heading">
    <button type="button" part="back" class="secondary" @click=${ctx.close}>${msg('Back to the results')}</button>
    ${renderHeading(subheadingLevel(level), ctx.text(s.name), 'details-title', 'details-heading')}
    ${renderPublisher(ctx.publishers, ctx.publishers.of[feed.services.indexOf(s)]!, ctx.text)}
    ${status ? html`<p part="open-status" class="open-state ${status.open ? 'is-open' : ''}">${status.text}</p>` : nothing}
    <ul class="card-actions">
      ${tel ? html`<li><a class="button secondary" part="action call" href=${tel}>${msg('Call')}</a></li>` : nothing}
      ${route ? html`<li><a class="button secondary" part="action route" href=${route} target="_blank" rel="noopener noreferrer">${msg('Route')}</a></li>` : nothing}
      <li>
        ${
          ctx.canShare
            ? html`<button type="button" part="action share" class="secondary" @click=${() => ctx.share(ctx.link)}>${msg('Share')}</button>`
            : html`<button type="button" part="action copy" class="secondary" @click=${() => ctx.copyLink(ctx.link)}>${msg('Copy link to this service')}</button>`
        }
      </li>
    </ul>
    ${ctx.copy === 'copied' ? html`<p>${msg('Link copied.')}</p>` : nothing}
    ${ctx.copy === 'manual' ? html`<label for="copy-link">${msg('Copy this link:')}</label><input id="copy-link" type="text" readonly .value=${ctx.link} />` : nothing}
    ${
      locations.length
        ? section(
            msg('Address'),
            html`<ul>
            ${locations.map((loc) => {
              const map = mapLinks(loc.geo);
              return html`<li part="location">
                ${loc.name ? html`<p>${ctx.text(loc.name)}</p>` : nothing} ${renderAddress(loc.address, locale)}
                ${map ? html`<p><a part="map-link" href=${map.geo}>${msg('Open in a map app')}</a></p>` : nothing}
              </li>`;
            })}
          </ul>`,
          )
        : nothing
    }
    ${howToApply ? section(msg('How to apply'), html`<p class="full-desc" ${langOf(howToApply, locale)}>${howToApply.text}</p>`) : nothing}
    ${
      week.some((d) => d.ranges.length) || closures.length
        ? section(
            msg('Opening hours'),
            html`${
              week.some((d) => d.ranges.length)
                ? html`<table part="hours">
                <tbody>
                  ${week.map((day, i) => {
                    const isToday = day.weekday === today;
                    return html`<tr class=${isToday ? 'today' : ''}>
                      <th scope="row">${intlText(weekdayName(i, locale), Intl.DateTimeFormat, locale)}${isToday ? html` <span>(${msg('today')})</span>` : nothing}</th>
                      <td>${ranges(isToday && todayClosure ? openingRanges(todayClosure.ranges) : day.ranges)}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>`
                : nothing
            }
          ${
            closures.length
              ? html`<table part="hours closures">
                <caption>${msg('Holidays and other hours')}</caption>
                <tbody>
                  ${closures.map(
                    (cl) => html`<tr>
                      <th scope="row">${intlText(formatDays(cl.from, cl.to, locale), Intl.DateTimeFormat, locale)}${cl.entry.reason ? html`<br />${ctx.text(cl.entry.reason as LocalizedText)}` : nothing}</th>
                      <td>${ranges(openingRanges(cl.ranges))}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
              : nothing
          }`,
          )
        : nothing
    }
    ${section(
      msg('About this service'),
      html`${description ? html`<p class="full-desc" part="description" ${langOf(description, locale)}>${description.text}</p>` : nothing}
        <dl>
          ${facts.filter(([, v]) => v).map(([term, value, text]) => html`<dt>${term}</dt><dd ${langOf(text, locale)}>${value}</dd>`)}
        </dl>`,
    )}
    ${
      contacts.some(([, href]) => href)
        ? section(
            msg('Contact'),
            html`<ul part="contact">
            ${contacts.map(([label, href, shown]) =>
              href
                ? html`<li>${label} <a href=${href} rel=${ifDefined(href.startsWith('http') ? 'noopener' : undefined)}><span dir="ltr">${shown}</span></a></li>`
                : nothing,
            )}
          </ul>`,
          )
        : nothing
    }
  </article>`;
}
