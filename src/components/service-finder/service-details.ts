/**
 * One service's details, rendered inline in place of the results (a view, not a modal):
 * description, addresses with map links, the week's opening hours with today marked,
 * contacts, eligibility, how to apply, "Copy link" and the way back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading, type HeadingLevel } from '../../base/heading.js';
import type { Address, LocalizedText, Service } from '../../feed/types.js';
import { openStatus, weeklySchedule, type HoursMoment } from '../../time/opening-hours.js';
import { zonedParts, WEEKDAYS } from '../../time/zoned-time.js';
import { isFree } from './service-filters.js';
import { mailtoHref, mapLinks, safeWebUrl, telHref } from './contact-links.js';

export interface DetailsContext {
  locale: string;
  /** The feed's zone: opening hours are the office's wall clock. */
  timeZone: string;
  level: HeadingLevel;
  now: Date;
  /** Feed text with its own lang/dir when it is in another language. */
  text(value: LocalizedText | undefined): unknown;
  /** Category names and languages spoken, already worded for the visitor. */
  categories: string;
  languages: string;
  /** The link "Copy link" copies, and what happened when copying. */
  link: string;
  copy: '' | 'copied' | 'manual';
  onCopy(): void;
  onBack(): void;
}

const sub = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** 'HH:MM' as the visitor's locale writes a time of day (through Intl, in UTC so no zone shifts it). */
export function formatClock(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, h % 24, m));
}

/**
 * An opening range as the locale writes it ("07:30–15:30 Uhr", "7:30 ص – 3:30 م"); past midnight,
 * where Intl would add dates, two times each isolated for bidi.
 */
function renderRange(opens: string, closes: string, locale: string): unknown {
  const [a, b] = [opens, closes].map((t) => t.split(':').map(Number) as [number, number]);
  const start = Date.UTC(2024, 0, 1, a![0], a![1]);
  const end = Date.UTC(2024, 0, 1, b![0], b![1]);
  if (end > start && b![0] < 24) {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).formatRange(start, end);
  }
  return html`<bdi>${formatClock(opens, locale)}</bdi> – <bdi>${formatClock(closes, locale)}</bdi>`;
}

/** Weekday name; 2024-01-01 was a Monday, WEEKDAYS starts on Monday. */
export function weekdayName(index: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/** "Open now, closes at 15:30" / "Closed now. Opens Monday at 07:30" in the feed's zone; '' without hours. */
export function openStatusText(service: Service, now: Date, timeZone: string, locale: string): string {
  const status = openStatus(service.hours, now, timeZone);
  const today = zonedParts(now, timeZone);
  const todayKey = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  const when = (m: HoursMoment): { day: string; time: string } => {
    const time = formatClock(m.time, locale);
    const days = Math.round((Date.parse(m.dateKey) - Date.parse(todayKey)) / 86_400_000);
    const day =
      days === 0 ? '' : days === 1 ? msg('tomorrow') : weekdayName(WEEKDAYS.indexOf(m.weekday), locale);
    return { day, time };
  };
  if (status.open) {
    if (!status.closing) return msg('Open now, around the clock');
    const { day, time } = when(status.closing);
    return day ? msg(str`Open now, closes ${day} at ${time}`) : msg(str`Open now, closes at ${time}`);
  }
  if (!status.opensAt) return '';
  const { day, time } = when(status.opensAt);
  return day ? msg(str`Closed now. Opens ${day} at ${time}`) : msg(str`Closed now. Opens today at ${time}`);
}

function renderAddress(address: Address | undefined): TemplateResult | typeof nothing {
  if (!address) return nothing;
  const line2 = [address.postalCode, address.city].filter((p) => typeof p === 'string' && p).join(' ');
  const lines = [address.street, line2, address.district].filter((p): p is string => typeof p === 'string' && p !== '');
  // Each line isolated: "04109 Leipzig" must not be reordered inside right-to-left text.
  return lines.length ? html`<address>${lines.map((l, i) => html`${i ? html`<br />` : nothing}<bdi>${l}</bdi>`)}</address>` : nothing;
}

function renderLocations(service: Service, ctx: DetailsContext): TemplateResult | typeof nothing {
  const locations = (service.locations ?? []).filter((l) => l && (l.address || l.geo));
  if (!locations.length) return nothing;
  return html`<section>
    ${renderHeading(sub(sub(ctx.level)), msg('Address'), 'details-heading')}
    <ul>
      ${locations.map((loc) => {
        const map = mapLinks(loc.geo);
        return html`<li part="location">
          ${loc.name ? html`<p>${ctx.text(loc.name)}</p>` : nothing} ${renderAddress(loc.address)}
          ${map
            ? html`<ul class="actions">
                <li><a part="map-link" href=${map.osm} rel="noopener">${msg('Show on OpenStreetMap')}</a></li>
                <li><a part="map-link" href=${map.geo}>${msg('Open in a map app')}</a></li>
              </ul>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderHours(service: Service, ctx: DetailsContext): TemplateResult | typeof nothing {
  const week = weeklySchedule(service.hours);
  if (!week.some((d) => d.ranges.length)) return nothing;
  const today = zonedParts(ctx.now, ctx.timeZone).weekday;
  return html`<section>
    ${renderHeading(sub(sub(ctx.level)), msg('Opening hours'), 'details-heading')}
    <p part="open-status"><strong>${openStatusText(service, ctx.now, ctx.timeZone, ctx.locale)}</strong></p>
    <table part="hours">
      <tbody>
        ${week.map((day, i) => {
          const isToday = day.weekday === today;
          return html`<tr class=${isToday ? 'today' : ''}>
            <th scope="row">${weekdayName(i, ctx.locale)}${isToday ? html` <span>(${msg('today')})</span>` : nothing}</th>
            <td>
              ${day.ranges.length
                ? day.ranges.map((r, j) => html`${j ? html`<br />` : nothing}${renderRange(r.opens, r.closes, ctx.locale)}`)
                : msg('Closed')}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function renderContacts(service: Service, ctx: DetailsContext): TemplateResult | typeof nothing {
  const c = service.contacts ?? {};
  const tel = telHref(c.phone);
  const mail = mailtoHref(c.email);
  const web = safeWebUrl(c.url);
  if (!tel && !mail && !web) return nothing;
  return html`<section>
    ${renderHeading(sub(sub(ctx.level)), msg('Contact'), 'details-heading')}
    <ul part="contact">
      ${tel ? html`<li>${msg('Phone:')} <a href=${tel}><span dir="ltr">${c.phone}</span></a></li>` : nothing}
      ${mail ? html`<li>${msg('E-mail:')} <a href=${mail}><span dir="ltr">${c.email}</span></a></li>` : nothing}
      ${web ? html`<li>${msg('Website:')} <a href=${web} rel="noopener"><span dir="ltr">${web}</span></a></li>` : nothing}
    </ul>
  </section>`;
}

/** The details view. Its heading has id `details-heading`; the element moves focus to it. */
export function renderDetails(service: Service, ctx: DetailsContext): TemplateResult {
  const org = service.organization;
  const orgUrl = safeWebUrl(org?.url);
  const facts: Array<[string, unknown]> = [
    [msg('Offered by'), org?.name ? (orgUrl ? html`<a href=${orgUrl} rel="noopener">${ctx.text(org.name)}</a>` : ctx.text(org.name)) : ''],
    [msg('Categories'), ctx.categories],
    [msg('Languages spoken'), ctx.languages],
    [msg('Cost'), isFree(service) ? msg('Free of charge') : service.cost ? ctx.text(service.cost) : ''],
    [msg('Who can use it'), service.eligibility ? ctx.text(service.eligibility) : ''],
    [msg('How to apply'), service.howToApply ? ctx.text(service.howToApply) : ''],
  ];
  return html`<article part="details" class="details" aria-labelledby="details-heading">
    <button type="button" part="back" class="secondary" @click=${ctx.onBack}>${msg('Back to the results')}</button>
    ${renderHeading(sub(ctx.level), ctx.text(service.name), 'details-title', 'details-heading')}
    ${service.description ? html`<p class="full-desc" part="description">${ctx.text(service.description)}</p>` : nothing}
    <dl>
      ${facts.filter(([, v]) => v).map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
    </dl>
    ${renderLocations(service, ctx)} ${renderHours(service, ctx)} ${renderContacts(service, ctx)}
    <div class="actions">
      <button type="button" part="copy" class="secondary" @click=${ctx.onCopy}>${msg('Copy link to this service')}</button>
    </div>
    ${ctx.copy === 'copied' ? html`<p>${msg('Link copied.')}</p>` : nothing}
    ${ctx.copy === 'manual'
      ? html`<label for="copy-link">${msg('Copy this link:')}</label><input id="copy-link" type="text" readonly .value=${ctx.link} />`
      : nothing}
  </article>`;
}
