import { expect } from '@open-wc/testing';
import { callTimeZone, deadlineWords, msUntilNextMinute } from '../../../src/components/partner-call/call-deadline.js';
import { zoneName } from '../../../src/i18n/intl-words.js';

const now = Date.parse('2027-04-12T08:00:00Z');

describe('call deadline words', () => {
  it('says how long an open call stays open, in days or months', () => {
    const open = deadlineWords('2027-05-20T23:59:00+02:00', 'Europe/Berlin', now, 'en', 'Europe/Berlin');
    expect(open.state).to.equal('open');
    expect(open.words).to.equal('Closes in 38 days');
    expect(open.soon).to.equal(false);
    expect(deadlineWords('2027-06-30T17:00:00+02:00', 'Europe/Berlin', now, 'en', 'UTC').words).to.equal('Closes in 2 months');
  });

  it('emphasises the last 7 days, and says "tomorrow" and "today at 23:59"', () => {
    const soon = deadlineWords('2027-04-17T23:59:00+02:00', 'Europe/Berlin', now, 'en', 'Europe/Berlin');
    expect([soon.state, soon.words, soon.soon]).to.deep.equal(['closing-soon', 'Closes in 5 days', true]);
    expect(deadlineWords('2027-04-13T12:00:00+02:00', 'Europe/Berlin', now, 'en', 'UTC').words).to.equal('Closes tomorrow');
    const today = deadlineWords('2027-04-12T23:59:00+02:00', 'Europe/Berlin', now, 'en', 'Europe/Berlin');
    expect([today.state, today.words, today.soon]).to.deep.equal(['closing-today', 'Closes today at 11:59 PM', true]);
    expect(deadlineWords('2027-04-12T23:59:00+02:00', 'Europe/Berlin', now, 'de', 'Europe/Berlin').words).to.contain('23:59');
  });

  it('says "Closed" once the deadline has passed, and for a deadline it cannot read', () => {
    expect(deadlineWords('2027-04-12T10:00:00+02:00', 'Europe/Berlin', now, 'en', 'UTC')).to.include({
      state: 'closed',
      words: 'Applications closed',
      soon: false,
    });
    const unreadable = deadlineWords('next Friday', 'Europe/Berlin', now, 'en', 'UTC');
    expect(unreadable).to.include({ state: 'closed', words: 'Applications closed', date: '' });
  });

  it('counts calendar days in the call’s zone, not the visitor’s', () => {
    // 13 April 01:00 in Auckland is 12 April 13:00 UTC: tomorrow there, today in UTC.
    const deadline = '2027-04-13T01:00:00+12:00';
    const inAuckland = deadlineWords(deadline, 'Pacific/Auckland', now, 'en', 'UTC');
    expect([inAuckland.state, inAuckland.words]).to.deep.equal(['closing-soon', 'Closes tomorrow']);
    expect(deadlineWords(deadline, 'UTC', now, 'en', 'UTC').state).to.equal('closing-today');
  });

  it('shows the date in the call’s zone, naming the zone only when the visitor’s clock differs', () => {
    const same = deadlineWords('2027-02-23T23:59:00+01:00', 'Europe/Berlin', Date.parse('2027-02-01T00:00:00Z'), 'en', 'Europe/Paris');
    expect(same.date).to.equal('Tuesday, February 23, 2027 at 11:59 PM');
    const other = deadlineWords('2027-02-23T23:59:00+01:00', 'Europe/Berlin', Date.parse('2027-02-01T00:00:00Z'), 'en', 'America/New_York');
    expect(other.date).to.contain('Tuesday, February 23, 2027').and.to.contain('11:59 PM').and.to.contain('Central European Time');
    const arabic = deadlineWords('2027-02-23T23:59:00+01:00', 'Europe/Berlin', Date.parse('2027-02-01T00:00:00Z'), 'ar', 'Europe/Berlin');
    expect(arabic.date).to.equal(
      new Intl.DateTimeFormat('ar', {
        timeZone: 'Europe/Berlin',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }).format(Date.parse('2027-02-23T22:59:00Z')),
    );
  });

  it('names the zone as a resident knows it, never by a bare offset', () => {
    // Intl's specific name for Istanbul in Arabic is "غرينتش+03:00"; its generic name is "توقيت تركيا".
    const istanbul = deadlineWords(
      '2027-02-23T23:59:00+03:00',
      'Europe/Istanbul',
      Date.parse('2027-02-01T00:00:00Z'),
      'ar',
      'Europe/Berlin',
    );
    expect(istanbul.date)
      .to.contain(zoneName(Date.parse('2027-02-23T12:00:00Z'), 'Europe/Istanbul', 'ar'))
      .and.not.to.match(/غرينتش|GMT|UTC/);
    expect(zoneName(Date.parse('2027-02-23T12:00:00Z'), 'Europe/Istanbul', 'ar')).to.equal(
      new Intl.DateTimeFormat('ar', { timeZone: 'Europe/Istanbul', timeZoneName: 'longGeneric' })
        .formatToParts(Date.parse('2027-02-23T12:00:00Z'))
        .find((p) => p.type === 'timeZoneName')!.value,
    );
    for (const locale of ['en', 'ar', 'de', 'uk', 'fa', 'tr']) {
      for (const zone of ['Europe/Istanbul', 'Asia/Damascus', 'Europe/Berlin', 'Asia/Kabul', 'America/Lima'])
        expect(zoneName(Date.parse('2027-02-23T12:00:00Z'), zone, locale), `${zone} in ${locale}`).not.to.match(/\d/);
    }
    // A zone with no place has only its offset.
    expect(zoneName(0, 'Etc/GMT-3', 'en')).to.match(/3/);
  });

  it('reads the call’s own zone, else the feed’s, and ignores unknown zones', () => {
    expect(callTimeZone({ timeZone: 'Europe/Madrid' }, { timeZone: 'Europe/Berlin' })).to.equal('Europe/Madrid');
    expect(callTimeZone({}, { timeZone: 'Europe/Berlin' })).to.equal('Europe/Berlin');
    expect(callTimeZone({ timeZone: 'Mars/Olympus' }, { timeZone: 'Nowhere' })).to.equal('UTC');
  });

  it('wakes just after the next whole minute', () => {
    expect(msUntilNextMinute(Date.parse('2027-04-12T21:58:30Z'))).to.be.within(30_000, 30_100);
    expect(msUntilNextMinute(Date.parse('2027-04-12T21:59:00Z'))).to.be.within(60_000, 60_100);
  });
});
