/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import {
  closingTime,
  closureDays,
  closureOn,
  hasOpeningHours,
  isOpenAt,
  nextOpening,
  openStatus,
  type ClosureEntry,
  type OpeningHoursEntry,
} from '../../src/time/opening-hours.js';
import { upcomingClosures, weeklySchedule } from '../../src/time/opening-week.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string): Date => new Date(iso);
const weekdays: OpeningHoursEntry[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '15:30' }];

describe('opening-hours', () => {
  describe('isOpenAt, evaluated in the feed zone whatever zone the instant is written in', () => {
    // 2027-04-19 is a Monday; Berlin is UTC+2, New York UTC-4 that day.
    it('Monday 07:29 Berlin (01:29 New York) is closed', () => {
      expect(isOpenAt(weekdays, at('2027-04-19T01:29:00-04:00'), BERLIN)).to.equal(false);
    });
    it('Monday 07:30 Berlin (01:30 New York) is open: opening time is inclusive', () => {
      expect(isOpenAt(weekdays, at('2027-04-19T01:30:00-04:00'), BERLIN)).to.equal(true);
    });
    it('Monday 15:29 open, 15:30 Berlin (09:30 New York) closed: closing time is exclusive', () => {
      expect(isOpenAt(weekdays, at('2027-04-19T09:29:00-04:00'), BERLIN)).to.equal(true);
      expect(isOpenAt(weekdays, at('2027-04-19T09:30:00-04:00'), BERLIN)).to.equal(false);
    });
    it('the same instant reads differently in another feed zone', () => {
      // 07:30 Berlin = 01:30 New York: a New York office with the same hours is closed.
      expect(isOpenAt(weekdays, at('2027-04-19T05:30:00Z'), 'America/New_York')).to.equal(false);
      expect(isOpenAt(weekdays, at('2027-04-19T11:30:00Z'), 'America/New_York')).to.equal(true);
    });
    it('weekend is closed; Sunday 23:59 UTC is Monday 01:59 in Berlin, still closed', () => {
      expect(isOpenAt(weekdays, at('2027-04-17T10:00:00+02:00'), BERLIN)).to.equal(false);
      expect(isOpenAt(weekdays, at('2027-04-18T23:59:00Z'), BERLIN)).to.equal(false);
    });
    it('winter time too (UTC+1)', () => {
      expect(isOpenAt(weekdays, at('2027-01-18T06:29:00Z'), BERLIN)).to.equal(false);
      expect(isOpenAt(weekdays, at('2027-01-18T06:30:00Z'), BERLIN)).to.equal(true);
    });
  });

  describe('ranges past midnight and split days', () => {
    const night: OpeningHoursEntry[] = [{ days: ['fr', 'sa'], opens: '22:00', closes: '02:00' }];
    it('Friday 22:00–02:00 is open Saturday 01:59 and closed at 02:00', () => {
      expect(isOpenAt(night, at('2027-04-23T21:59:00+02:00'), BERLIN)).to.equal(false);
      expect(isOpenAt(night, at('2027-04-23T22:00:00+02:00'), BERLIN)).to.equal(true);
      expect(isOpenAt(night, at('2027-04-24T01:59:00+02:00'), BERLIN)).to.equal(true);
      expect(isOpenAt(night, at('2027-04-24T02:00:00+02:00'), BERLIN)).to.equal(false);
      // Sunday 01:00 belongs to Saturday's range; Monday 01:00 to none.
      expect(isOpenAt(night, at('2027-04-25T01:00:00+02:00'), BERLIN)).to.equal(true);
      expect(isOpenAt(night, at('2027-04-26T01:00:00+02:00'), BERLIN)).to.equal(false);
    });
    it('closing time of an overnight range is the next day', () => {
      const c = closingTime(night, at('2027-04-23T23:00:00+02:00'), BERLIN);
      expect(c).to.deep.equal({ instant: at('2027-04-24T02:00:00+02:00'), weekday: 'sa', time: '02:00', dateKey: '2027-04-24' });
    });
    it('Sunday → Monday overnight wraps the week', () => {
      const sun: OpeningHoursEntry[] = [{ days: ['su'], opens: '20:00', closes: '01:00' }];
      expect(isOpenAt(sun, at('2027-04-19T00:30:00+02:00'), BERLIN)).to.equal(true);
      expect(nextOpening(sun, at('2027-04-19T01:00:00+02:00'), BERLIN)?.instant).to.deep.equal(at('2027-04-25T20:00:00+02:00'));
    });
    it('several ranges per day; a lunch break is closed', () => {
      const split: OpeningHoursEntry[] = [
        { days: ['mo'], opens: '13:00', closes: '16:00' },
        { days: ['mo'], opens: '08:00', closes: '12:00' },
      ];
      expect(isOpenAt(split, at('2027-04-19T12:30:00+02:00'), BERLIN)).to.equal(false);
      expect(openStatus(split, at('2027-04-19T12:30:00+02:00'), BERLIN).opensAt?.time).to.equal('13:00');
      expect(openStatus(split, at('2027-04-19T09:00:00+02:00'), BERLIN).closesAt).to.equal('12:00');
      expect(weeklySchedule(split)[0]!.ranges.map((r) => r.opens)).to.deep.equal(['08:00', '13:00']);
    });
    it('touching ranges chain: the period closes at the end of the last one', () => {
      const chained: OpeningHoursEntry[] = [
        { days: ['mo'], opens: '22:00', closes: '24:00' },
        { days: ['tu'], opens: '00:00', closes: '03:00' },
        { days: ['tu'], opens: '02:00', closes: '04:00' },
      ];
      const c = closingTime(chained, at('2027-04-19T23:00:00+02:00'), BERLIN);
      expect([c?.weekday, c?.time, c?.dateKey]).to.deep.equal(['tu', '04:00', '2027-04-20']);
    });
    it('00:00–00:00 (or 00:00–24:00) is the whole day; every day like that is open round the clock', () => {
      const always: OpeningHoursEntry[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '00:00' }];
      expect(isOpenAt(always, at('2027-04-21T03:00:00+02:00'), BERLIN)).to.equal(true);
      expect(openStatus(always, at('2027-04-21T03:00:00+02:00'), BERLIN)).to.deep.equal({ open: true });
      expect(nextOpening(always, at('2027-04-21T03:00:00+02:00'), BERLIN)).to.equal(undefined);
      const day: OpeningHoursEntry[] = [{ days: ['we'], opens: '00:00', closes: '24:00' }];
      expect(closingTime(day, at('2027-04-21T03:00:00+02:00'), BERLIN)?.instant).to.deep.equal(at('2027-04-22T00:00:00+02:00'));
      expect(weeklySchedule(day)[2]!.ranges).to.deep.equal([{ opens: '00:00', closes: '24:00', overnight: false }]);
    });
  });

  describe('nextOpening and openStatus', () => {
    it('closed before opening: opens today at 07:30', () => {
      const s = openStatus(weekdays, at('2027-04-19T01:29:00-04:00'), BERLIN);
      expect(s).to.deep.equal({
        open: false,
        opensAt: { instant: at('2027-04-19T07:30:00+02:00'), weekday: 'mo', time: '07:30', dateKey: '2027-04-19' },
      });
    });
    it('open: closes at 15:30 with the closing instant', () => {
      const s = openStatus(weekdays, at('2027-04-19T07:30:00+02:00'), BERLIN);
      expect(s.open).to.equal(true);
      expect(s.closesAt).to.equal('15:30');
      expect(s.closing?.instant).to.deep.equal(at('2027-04-19T15:30:00+02:00'));
      expect(s.opensAt).to.equal(undefined);
    });
    it('Friday after closing: opens Monday 07:30', () => {
      const n = nextOpening(weekdays, at('2027-04-23T15:30:00+02:00'), BERLIN);
      expect([n?.weekday, n?.time, n?.dateKey]).to.deep.equal(['mo', '07:30', '2027-04-26']);
    });
    it('when open, the next opening comes after the current period', () => {
      expect(nextOpening(weekdays, at('2027-04-19T07:30:00+02:00'), BERLIN)?.dateKey).to.equal('2027-04-20');
    });
    it('a place open one day a week is found from the same weekday after closing', () => {
      const mondays: OpeningHoursEntry[] = [{ days: ['mo'], opens: '09:00', closes: '10:00' }];
      expect(nextOpening(mondays, at('2027-04-19T11:00:00+02:00'), BERLIN)?.dateKey).to.equal('2027-04-26');
    });
    it('no valid hours: closed with no next opening', () => {
      expect(openStatus([], at('2027-04-19T10:00:00Z'), BERLIN)).to.deep.equal({ open: false });
      expect(openStatus(undefined, at('2027-04-19T10:00:00Z'), BERLIN)).to.deep.equal({ open: false });
      expect(hasOpeningHours(null)).to.equal(false);
      expect(hasOpeningHours(weekdays)).to.equal(true);
    });
  });

  describe('DST in the feed zone', () => {
    // Berlin 2027-03-28 (Sunday): 02:00 CET → 03:00 CEST. 2027-10-31 (Sunday): 03:00 CEST → 02:00 CET.
    it('spring-forward: 07:30–15:30 hours are wall-clock, so 07:30 is 05:30Z (summer) on Monday after', () => {
      expect(isOpenAt(weekdays, at('2027-03-26T06:30:00Z'), BERLIN)).to.equal(true); // Friday, CET
      expect(isOpenAt(weekdays, at('2027-03-29T05:29:00Z'), BERLIN)).to.equal(false);
      expect(isOpenAt(weekdays, at('2027-03-29T05:30:00Z'), BERLIN)).to.equal(true);
      expect(nextOpening(weekdays, at('2027-03-26T15:00:00Z'), BERLIN)?.instant.toISOString()).to.equal('2027-03-29T05:30:00.000Z');
    });
    it('spring-forward night: a 22:00–02:30 Saturday range ends at the 02:00 jump (01:00Z), consistent with isOpenAt', () => {
      const sat: OpeningHoursEntry[] = [{ days: ['sa'], opens: '22:00', closes: '02:30' }];
      expect(isOpenAt(sat, at('2027-03-28T00:59:00Z'), BERLIN)).to.equal(true); // 01:59 CET
      expect(isOpenAt(sat, at('2027-03-28T01:00:00Z'), BERLIN)).to.equal(false); // 03:00 CEST
      expect(closingTime(sat, at('2027-03-27T22:00:00Z'), BERLIN)?.instant.toISOString()).to.equal('2027-03-28T01:00:00.000Z');
    });
    it('spring-forward: an opening at 02:30 (inside the gap) opens at the jump', () => {
      const sun: OpeningHoursEntry[] = [{ days: ['su'], opens: '02:30', closes: '05:00' }];
      expect(nextOpening(sun, at('2027-03-27T12:00:00Z'), BERLIN)?.instant.toISOString()).to.equal('2027-03-28T01:00:00.000Z');
      expect(isOpenAt(sun, at('2027-03-28T01:00:00Z'), BERLIN)).to.equal(true);
    });
    it('fall-back: a Saturday 20:00–03:00 range lasts one extra real hour and closes at 03:00 CET (02:00Z)', () => {
      const sat: OpeningHoursEntry[] = [{ days: ['sa'], opens: '20:00', closes: '03:00' }];
      expect(isOpenAt(sat, at('2027-10-31T01:30:00Z'), BERLIN)).to.equal(true); // 02:30 CET (second pass)
      expect(closingTime(sat, at('2027-10-30T20:00:00Z'), BERLIN)?.instant.toISOString()).to.equal('2027-10-31T02:00:00.000Z');
      expect(isOpenAt(sat, at('2027-10-31T02:00:00Z'), BERLIN)).to.equal(false);
    });
    it('fall-back: Monday after is back to 07:30 = 06:30Z', () => {
      expect(isOpenAt(weekdays, at('2027-11-01T06:29:00Z'), BERLIN)).to.equal(false);
      expect(isOpenAt(weekdays, at('2027-11-01T06:30:00Z'), BERLIN)).to.equal(true);
    });
  });

  describe('malformed input is ignored, never thrown on', () => {
    const messy = [
      { days: ['mo', 'xx', 'MO', 'Tu '], opens: '07:30', closes: '15:30' },
      { days: ['we'], opens: '7:3', closes: '15:30' },
      { days: ['we'], opens: '25:00', closes: '26:00' },
      { days: ['we'], opens: '10:00', closes: '10:60' },
      { days: ['th'], opens: '24:00', closes: '02:00' },
      { days: 'fr', opens: '07:30', closes: '15:30' },
      { days: ['sa'], opens: 730, closes: '15:30' },
      { days: ['su'] },
      null,
      'mo 08:00-12:00',
      42,
      { days: [null, 3, 'su'], opens: '09:00:00', closes: '12:00:00' },
    ] as unknown as OpeningHoursEntry[];
    it('keeps the valid parts', () => {
      const s = weeklySchedule(messy);
      expect(s.map((d) => d.weekday)).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
      expect(s.map((d) => d.ranges.length)).to.deep.equal([1, 1, 0, 0, 0, 0, 1]);
      expect(s[6]!.ranges[0]).to.deep.equal({ opens: '09:00', closes: '12:00', overnight: false });
    });
    it('does not throw on nonsense', () => {
      expect(() => openStatus(messy, at('2027-04-21T10:00:00Z'), BERLIN)).not.to.throw();
      expect(() => openStatus('nope' as unknown as OpeningHoursEntry[], at('2027-04-21T10:00:00Z'), BERLIN)).not.to.throw();
      expect(isOpenAt(messy, at('2027-04-20T10:00:00+02:00'), BERLIN)).to.equal(true);
    });
  });

  describe('closures (holidays): closed all day, or other hours, on the days they cover', () => {
    // 2026-12-24 is a Thursday; Berlin is UTC+1.
    const christmas: ClosureEntry[] = [{ from: '2026-12-24', to: '2026-12-26', reason: { en: 'Christmas' } }];
    const moment = (m: { weekday: string; time: string; dateKey: string } | undefined) => m && [m.weekday, m.time, m.dateKey];

    it('closed all day: not open on a weekday inside the closure; the next opening is after it', () => {
      expect(isOpenAt(weekdays, at('2026-12-24T10:00:00+01:00'), BERLIN)).to.equal(true);
      expect(isOpenAt(weekdays, at('2026-12-24T10:00:00+01:00'), BERLIN, christmas)).to.equal(false);
      expect(moment(openStatus(weekdays, at('2026-12-24T10:00:00+01:00'), BERLIN, christmas).opensAt)).to.deep.equal([
        'mo',
        '07:30',
        '2026-12-28',
      ]);
      // The day before, open as usual; the next opening after today's skips the closure.
      const wed = openStatus(weekdays, at('2026-12-23T10:00:00+01:00'), BERLIN, christmas);
      expect([wed.open, wed.closesAt]).to.deep.equal([true, '15:30']);
      expect(moment(nextOpening(weekdays, at('2026-12-23T10:00:00+01:00'), BERLIN, christmas))).to.deep.equal([
        'mo',
        '07:30',
        '2026-12-28',
      ]);
      expect(isOpenAt(weekdays, at('2026-12-28T07:30:00+01:00'), BERLIN, christmas)).to.equal(true);
    });

    it("other hours: the closure's own ranges replace the week's on its days", () => {
      const eve: ClosureEntry[] = [{ from: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }] }];
      expect(isOpenAt(weekdays, at('2026-12-24T08:00:00+01:00'), BERLIN, eve)).to.equal(false);
      const s = openStatus(weekdays, at('2026-12-24T10:00:00+01:00'), BERLIN, eve);
      expect([s.open, s.closesAt]).to.deep.equal([true, '12:00']);
      expect(moment(openStatus(weekdays, at('2026-12-24T12:00:00+01:00'), BERLIN, eve).opensAt)).to.deep.equal([
        'fr',
        '07:30',
        '2026-12-25',
      ]);
      expect(moment(nextOpening(weekdays, at('2026-12-24T07:00:00+01:00'), BERLIN, eve))).to.deep.equal(['th', '09:00', '2026-12-24']);
    });

    it("the days are the place's own: 00:30 on the 24th in Berlin is still the 23rd in New York", () => {
      const always: OpeningHoursEntry[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
      const eve: ClosureEntry[] = [{ from: '2026-12-24' }];
      const t = at('2026-12-23T23:30:00Z');
      expect(isOpenAt(always, t, BERLIN, eve)).to.equal(false);
      expect(isOpenAt(always, t, 'America/New_York', eve)).to.equal(true);
      // Round the clock until the closure: it closes at midnight where the place is.
      expect(closingTime(always, at('2026-12-23T12:00:00Z'), 'America/New_York', eve)?.instant).to.deep.equal(
        at('2026-12-24T00:00:00-05:00'),
      );
    });

    it('around midnight: a range belongs to the day it opens, into a closed day or out of one', () => {
      const nights: OpeningHoursEntry[] = [{ days: ['we', 'th'], opens: '22:00', closes: '02:00' }];
      // Thursday closed: Wednesday's night still runs to 02:00 on Thursday; Thursday's night does not open.
      const thu: ClosureEntry[] = [{ from: '2026-12-24' }];
      expect(isOpenAt(nights, at('2026-12-24T01:30:00+01:00'), BERLIN, thu)).to.equal(true);
      expect(closingTime(nights, at('2026-12-23T23:00:00+01:00'), BERLIN, thu)?.dateKey).to.equal('2026-12-24');
      expect(isOpenAt(nights, at('2026-12-24T23:00:00+01:00'), BERLIN, thu)).to.equal(false);
      // Wednesday closed: no night from Wednesday, so Thursday 01:30 is closed too.
      const wed: ClosureEntry[] = [{ from: '2026-12-23' }];
      expect(isOpenAt(nights, at('2026-12-24T01:30:00+01:00'), BERLIN, wed)).to.equal(false);
      // New Year's Eve with its own night hours, running into a closed New Year's Day.
      const newYear: ClosureEntry[] = [{ from: '2026-12-31', hours: [{ opens: '20:00', closes: '03:00' }] }, { from: '2027-01-01' }];
      expect(isOpenAt(weekdays, at('2027-01-01T02:30:00+01:00'), BERLIN, newYear)).to.equal(true);
      expect(moment(closingTime(weekdays, at('2026-12-31T21:00:00+01:00'), BERLIN, newYear))).to.deep.equal(['fr', '03:00', '2027-01-01']);
      expect(moment(nextOpening(weekdays, at('2027-01-01T02:30:00+01:00'), BERLIN, newYear))).to.deep.equal(['mo', '07:30', '2027-01-04']);
    });

    it('across DST: closure hours on the spring-forward and fall-back Sundays are wall-clock', () => {
      // 2027-03-28: 02:00 CET → 03:00 CEST. 01:00–04:00 lasts two real hours.
      const spring: ClosureEntry[] = [{ from: '2027-03-28', hours: [{ opens: '01:00', closes: '04:00' }] }];
      expect(isOpenAt([], at('2027-03-28T00:30:00Z'), BERLIN, spring)).to.equal(true); // 01:30 CET
      expect(closingTime([], at('2027-03-28T00:30:00Z'), BERLIN, spring)?.instant.toISOString()).to.equal('2027-03-28T02:00:00.000Z');
      // 2027-10-31: 03:00 CEST → 02:00 CET. 00:00–03:00 lasts four real hours.
      const autumn: ClosureEntry[] = [{ from: '2027-10-31', hours: [{ opens: '00:00', closes: '03:00' }] }];
      expect(isOpenAt([], at('2027-10-31T01:30:00Z'), BERLIN, autumn)).to.equal(true); // 02:30 CET, second pass
      expect(closingTime([], at('2027-10-30T22:00:00Z'), BERLIN, autumn)?.instant.toISOString()).to.equal('2027-10-31T02:00:00.000Z');
      // A closure ending on the Saturday before spring-forward: Monday opens at 07:30 CEST (05:30Z).
      const easter: ClosureEntry[] = [{ from: '2027-03-26', to: '2027-03-27' }];
      expect(nextOpening(weekdays, at('2027-03-25T16:00:00Z'), BERLIN, easter)?.instant.toISOString()).to.equal('2027-03-29T05:30:00.000Z');
    });

    it('looks past a long closure (the usual 8 days are not enough)', () => {
      const mondays: OpeningHoursEntry[] = [{ days: ['mo'], opens: '09:00', closes: '10:00' }];
      const summer: ClosureEntry[] = [{ from: '2027-07-19', to: '2027-08-08' }];
      expect(nextOpening(mondays, at('2027-07-12T11:00:00+02:00'), BERLIN, summer)?.dateKey).to.equal('2027-08-09');
    });

    it('reads the list once: bad entries left out, upcoming ones soonest first, the one covering a day', () => {
      const list = [
        { from: '2027-05-01', reason: 'Labour Day' },
        {
          from: '2026-12-24',
          to: '2026-12-26',
          hours: [
            { opens: '09:00', closes: '12:00' },
            { opens: 'x', closes: '13:00' },
          ],
        },
        { from: '2027-01-06', to: '2027-01-05' },
        { from: 20261224 },
        null,
        { to: '2027-01-01' },
        { from: '2026-12-31', hours: 'closed' },
      ] as unknown as ClosureEntry[];
      expect(closureDays(list).map((c) => [c.from, c.to, c.ranges.length])).to.deep.equal([
        ['2027-05-01', '2027-05-01', 0],
        ['2026-12-24', '2026-12-26', 1],
        ['2026-12-31', '2026-12-31', 0],
      ]);
      expect(closureDays(list)).to.equal(closureDays(list));
      expect(upcomingClosures(list, '2026-12-26').map((c) => c.from)).to.deep.equal(['2026-12-24', '2026-12-31', '2027-05-01']);
      expect(upcomingClosures(list, '2026-12-27').map((c) => c.from)).to.deep.equal(['2026-12-31', '2027-05-01']);
      expect(closureOn(list, '2026-12-25')?.entry).to.equal(list[1]);
      expect(closureOn(list, '2026-12-27')).to.equal(undefined);
      expect(closureDays(undefined)).to.deep.equal([]);
      expect(() => openStatus(weekdays, at('2026-12-24T10:00:00Z'), BERLIN, 'nope' as unknown as ClosureEntry[])).not.to.throw();
    });
  });
});
