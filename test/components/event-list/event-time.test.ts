import { expect } from '@open-wc/testing';
import { dayHeading, eventWhen, isoDateTime } from '../../../src/components/event-list/event-time.js';
import { capitalize, endonym } from '../../../src/i18n/intl.js';
import { visitorTimeZone, zoneName } from '../../../src/i18n/intl-words.js';
import { eventTiming } from '../../../src/time/day-groups.js';

const timing = (start: string, end: string | undefined, zone: string) => eventTiming({ start, end }, zone)!;
/** Intl separates ranges and AM/PM with thin and narrow spaces; compare words, not space kinds. */
const norm = (s: string | undefined): string | undefined => s?.replace(/\s+/g, ' ');

describe('event time words', () => {
  it('names today and tomorrow in words, other days by weekday and date', () => {
    expect(dayHeading('2027-04-12', 'today', 'en')).to.equal('Today');
    expect(dayHeading('2027-04-13', 'tomorrow', 'en')).to.equal('Tomorrow');
    expect(dayHeading('2027-04-13', 'tomorrow', 'de')).to.equal('Morgen');
    expect(dayHeading('2027-04-12', 'today', 'ar')).to.equal(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(0, 'day'));
    expect(dayHeading('2027-04-17', 'other', 'en')).to.equal('Saturday, April 17');
    expect(dayHeading('2027-04-17', 'other', 'de')).to.equal('Samstag, 17. April');
    expect(dayHeading('2028-01-03', 'other', 'en', true)).to.equal('Monday, January 3, 2028');
    expect(dayHeading('2027-11-24', 'other', 'uk')).to.equal('Середа, 24 листопада');
  });

  it('formats a date the same in every zone (dates are not instants)', () => {
    // A visitor far west of UTC must still read the 17th.
    expect(dayHeading('2027-04-17', 'other', 'en-US')).to.contain('17');
  });

  it('shows a timed event as a range in its own zone, without a label when the visitor shares the offset', () => {
    const t = timing('2027-04-17T09:00:00+02:00', '2027-04-17T17:00:00+02:00', 'Europe/Brussels');
    const when = eventWhen(t, 'Europe/Brussels', 'Europe/Berlin', 'en');
    expect(norm(when.time)).to.equal('9:00 AM – 5:00 PM');
    expect(when.zone).to.equal(undefined);
    expect(when.visitorTime).to.equal(undefined);
    expect(norm(eventWhen(t, 'Europe/Brussels', 'Europe/Berlin', 'de').time)).to.equal('09:00–17:00 Uhr');
  });

  it('adds the visitor’s own time, labelled, when their zone differs', () => {
    const t = timing('2027-04-17T09:00:00+02:00', '2027-04-17T17:00:00+02:00', 'Europe/Brussels');
    const when = eventWhen(t, 'Europe/Brussels', 'Europe/London', 'en');
    expect(when.zone).to.equal('Central European Time');
    expect(norm(when.visitorTime)).to.equal('8:00 AM – 4:00 PM');
  });

  it('gives the visitor’s date when the event falls on another day for them', () => {
    const t = timing('2027-04-22T19:00:00-05:00', '2027-04-22T20:30:00-05:00', 'America/Lima');
    const when = eventWhen(t, 'America/Lima', 'Pacific/Auckland', 'en');
    expect(norm(when.time)).to.equal('7:00 – 8:30 PM');
    expect(when.zone).to.equal(zoneName(t.startMs, 'America/Lima', 'en'));
    expect(when.zone).to.match(/Peru/);
    expect(norm(when.visitorTime)).to.equal('Fri, Apr 23, 12:00 – 1:30 PM');
  });

  it('keeps the right hours across the Berlin DST change (2027-03-28 02:00 → 03:00)', () => {
    // 01:30 CET to 03:30 CEST is one hour of real time.
    const t = timing('2027-03-28T01:30:00+01:00', '2027-03-28T03:30:00+02:00', 'Europe/Berlin');
    expect(t.endMs - t.startMs).to.equal(3_600_000);
    expect(norm(eventWhen(t, 'Europe/Berlin', 'Europe/Berlin', 'en').time)).to.equal('1:30 – 3:30 AM');
    // In London (also changing that night, an hour earlier) both ends stay an hour behind.
    expect(norm(eventWhen(t, 'Europe/Berlin', 'Europe/London', 'en').visitorTime)).to.equal('12:30 – 2:30 AM');
    // In New York (already on summer time) the offset differs by 5 hours before, 6 after.
    expect(norm(eventWhen(t, 'Europe/Berlin', 'America/New_York', 'en').visitorTime)).to.equal('Sat, Mar 27, 8:30 – 9:30 PM');
  });

  it('shows an event past midnight with both days', () => {
    const t = timing('2027-04-16T22:00:00+02:00', '2027-04-17T02:00:00+02:00', 'Europe/Berlin');
    expect(norm(eventWhen(t, 'Europe/Berlin', 'Europe/Berlin', 'en').time)).to.equal('Fri, Apr 16, 10:00 PM – Sat, Apr 17, 2:00 AM');
  });

  it('gives all-day events no time, and a date range when they span days', () => {
    expect(eventWhen(timing('2027-04-24', undefined, 'Europe/Berlin'), 'Europe/Berlin', 'Pacific/Auckland', 'en')).to.deep.equal({
      time: '',
    });
    expect(norm(eventWhen(timing('2027-07-05', '2027-07-09', 'Europe/Berlin'), 'Europe/Berlin', 'UTC', 'en').time)).to.equal('July 5 – 9');
    expect(isoDateTime(timing('2027-04-24', undefined, 'Europe/Berlin'))).to.equal('2027-04-24');
    expect(isoDateTime(timing('2027-04-24T10:00:00+02:00', undefined, 'Europe/Berlin'))).to.equal('2027-04-24T08:00:00.000Z');
  });

  it('names languages by their own names', () => {
    expect(endonym('uk')).to.equal('Українська');
    expect(endonym('de')).to.equal('Deutsch');
    expect(endonym('ar')).to.equal('العربية');
    expect(endonym('not a language!')).to.equal('not a language!');
    expect(capitalize('türkçe', 'tr')).to.equal('Türkçe');
  });

  it('reads the visitor’s zone from the browser', () => {
    expect(visitorTimeZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
