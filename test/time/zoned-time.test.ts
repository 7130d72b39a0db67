/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isSameZoneOffset,
  isValidTimeZone,
  parseFeedTime,
  zonedIso,
  zonedWallTimeToInstant,
  zoneOffsetMs,
} from '../../src/time/zoned-time.js';
import {
  addDaysToDateKey,
  daysBetweenDateKeys,
  todayByZone,
  weekdayOfDateKey,
  zonedDateKey,
  zonedParts,
} from '../../src/time/date-keys.js';

const at = (iso: string): number => Date.parse(iso);
const BERLIN = 'Europe/Berlin';

describe('zoned-time', () => {
  describe('zonedParts', () => {
    it('reads the wall clock of an instant in a zone, not the device zone', () => {
      // Monday 07:30 in Berlin (CEST), given as a New York instant.
      const p = zonedParts(at('2027-04-19T01:30:00-04:00'), BERLIN);
      expect(p).to.deep.equal({ year: 2027, month: 4, day: 19, hour: 7, minute: 30, second: 0, weekday: 'mo' });
      const ny = zonedParts(new Date('2027-04-19T01:30:00-04:00'), 'America/New_York');
      expect([ny.day, ny.hour, ny.weekday]).to.deep.equal([19, 1, 'mo']);
    });

    it('reports midnight as hour 0 and Sunday as su', () => {
      const p = zonedParts(at('2027-04-17T22:00:00Z'), BERLIN);
      expect([p.day, p.hour, p.minute, p.weekday]).to.deep.equal([18, 0, 0, 'su']);
    });

    it('throws RangeError for an unknown zone; isValidTimeZone says so first', () => {
      expect(isValidTimeZone(BERLIN)).to.equal(true);
      expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
      expect(() => zonedParts(0, 'Mars/Olympus')).to.throw(RangeError);
    });

    it('asks Intl about an unknown zone once (a feed may name it on every item)', () => {
      const DateTimeFormat = Intl.DateTimeFormat;
      let made = 0;
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
        made++;
        return new DateTimeFormat(...args);
      } as unknown as typeof DateTimeFormat;
      try {
        for (let i = 0; i < 100; i++) expect(isValidTimeZone('Venus/Maxwell')).to.equal(false);
      } finally {
        Intl.DateTimeFormat = DateTimeFormat;
      }
      expect(made).to.equal(1);
    });
  });

  describe('date keys', () => {
    it('gives the calendar date in the zone', () => {
      const t = at('2027-04-17T23:30:00Z');
      expect(zonedDateKey(t, 'UTC')).to.equal('2027-04-17');
      expect(zonedDateKey(t, BERLIN)).to.equal('2027-04-18');
      expect(zonedDateKey(t, 'America/Los_Angeles')).to.equal('2027-04-17');
    });

    it('adds and diffs days across month, year and leap-day boundaries', () => {
      expect(addDaysToDateKey('2027-02-28', 1)).to.equal('2027-03-01');
      expect(addDaysToDateKey('2028-02-28', 1)).to.equal('2028-02-29');
      expect(addDaysToDateKey('2027-01-01', -1)).to.equal('2026-12-31');
      expect(daysBetweenDateKeys('2027-03-27', '2027-03-29')).to.equal(2);
      expect(daysBetweenDateKeys('2027-03-29', '2027-03-27')).to.equal(-2);
      expect(weekdayOfDateKey('2027-04-19')).to.equal('mo');
      expect(weekdayOfDateKey('2027-04-18')).to.equal('su');
    });
  });

  describe('zonedIso', () => {
    it('writes a wall time with the offset its zone has then, across the year and west of UTC', () => {
      expect(zonedIso(2027, 4, 19, 7, 30, BERLIN)).to.equal('2027-04-19T07:30:00+02:00');
      expect(zonedIso(2027, 1, 19, 23, 59, BERLIN)).to.equal('2027-01-19T23:59:00+01:00');
      expect(zonedIso(2027, 4, 19, 7, 30, 'America/New_York')).to.equal('2027-04-19T07:30:00-04:00');
      expect(zonedIso(2027, 4, 19, 7, 30, 'Asia/Kolkata')).to.equal('2027-04-19T07:30:00+05:30');
      expect(zonedIso(2027, 4, 19, 7, 30, 'UTC')).to.equal('2027-04-19T07:30:00+00:00');
    });

    it('moves a time in a spring-forward gap to the real time after it', () => {
      expect(zonedIso(2027, 3, 28, 2, 30, BERLIN)).to.equal('2027-03-28T03:30:00+02:00');
    });
  });

  describe('zonedWallTimeToInstant', () => {
    it('converts an ordinary wall time', () => {
      expect(zonedWallTimeToInstant(2027, 4, 19, 7, 30, BERLIN).toISOString()).to.equal('2027-04-19T05:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 1, 19, 7, 30, BERLIN).toISOString()).to.equal('2027-01-19T06:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 4, 19, 7, 30, 'America/New_York').toISOString()).to.equal('2027-04-19T11:30:00.000Z');
    });

    it('spring-forward gap (Berlin 2027-03-28 02:30 does not exist): compatible moves it forward to 03:30 CEST', () => {
      const t = zonedWallTimeToInstant(2027, 3, 28, 2, 30, BERLIN);
      expect(t.toISOString()).to.equal('2027-03-28T01:30:00.000Z');
      expect(zonedParts(t, BERLIN).hour).to.equal(3);
      expect(zonedWallTimeToInstant(2027, 3, 28, 2, 30, BERLIN, 'later').toISOString()).to.equal('2027-03-28T01:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 3, 28, 2, 30, BERLIN, 'earlier').toISOString()).to.equal('2027-03-28T00:30:00.000Z');
      // The times around the gap are unambiguous.
      expect(zonedWallTimeToInstant(2027, 3, 28, 1, 59, BERLIN).toISOString()).to.equal('2027-03-28T00:59:00.000Z');
      expect(zonedWallTimeToInstant(2027, 3, 28, 3, 0, BERLIN).toISOString()).to.equal('2027-03-28T01:00:00.000Z');
    });

    it('fall-back overlap (Berlin 2027-10-31 02:30 happens twice): compatible picks the first (CEST)', () => {
      expect(zonedWallTimeToInstant(2027, 10, 31, 2, 30, BERLIN).toISOString()).to.equal('2027-10-31T00:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 10, 31, 2, 30, BERLIN, 'earlier').toISOString()).to.equal('2027-10-31T00:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 10, 31, 2, 30, BERLIN, 'later').toISOString()).to.equal('2027-10-31T01:30:00.000Z');
      expect(zonedWallTimeToInstant(2027, 10, 31, 3, 0, BERLIN).toISOString()).to.equal('2027-10-31T02:00:00.000Z');
    });

    it('normalises overflowing fields like Date.UTC', () => {
      expect(zonedWallTimeToInstant(2027, 4, 31, 24, 0, BERLIN).toISOString()).to.equal('2027-05-01T22:00:00.000Z');
    });

    it('round-trips: the wall clock of the result is the requested time (property, several zones)', () => {
      const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
      fc.assert(
        fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (zone, ms) => {
          const minute = Math.floor(ms / 60_000) * 60_000;
          const p = zonedParts(minute, zone);
          const back = zonedWallTimeToInstant(p.year, p.month, p.day, p.hour, p.minute, zone, 'earlier').getTime();
          const q = zonedParts(back, zone);
          // Same wall clock; and for unambiguous times the very same instant.
          expect([q.year, q.month, q.day, q.hour, q.minute]).to.deep.equal([p.year, p.month, p.day, p.hour, p.minute]);
          expect(back <= minute).to.equal(true);
        }),
        { numRuns: 300, seed: 42 },
      );
    });
  });

  describe('offsets', () => {
    it('knows the UTC offset at an instant', () => {
      expect(zoneOffsetMs(at('2027-01-15T12:00:00Z'), BERLIN)).to.equal(3_600_000);
      expect(zoneOffsetMs(at('2027-07-15T12:00:00Z'), BERLIN)).to.equal(7_200_000);
      expect(zoneOffsetMs(at('2027-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(19_800_000);
      expect(zoneOffsetMs(at('2027-07-15T12:00:00.999Z'), 'America/New_York')).to.equal(-14_400_000);
    });

    it('isSameZoneOffset compares zones at an instant (US and EU switch DST on different dates)', () => {
      expect(isSameZoneOffset(at('2027-04-19T12:00:00Z'), BERLIN, 'Europe/Paris')).to.equal(true);
      expect(isSameZoneOffset(at('2027-04-19T12:00:00Z'), BERLIN, 'Europe/London')).to.equal(false);
      // Between 2027-10-31 (EU) and 2027-11-07 (US): London is UTC+0, Reykjavik always UTC+0.
      expect(isSameZoneOffset(at('2027-11-02T12:00:00Z'), 'Europe/London', 'Atlantic/Reykjavik')).to.equal(true);
      expect(isSameZoneOffset(at('2027-07-02T12:00:00Z'), 'Europe/London', 'Atlantic/Reykjavik')).to.equal(false);
    });
  });

  describe('parseFeedTime', () => {
    it('reads ISO 8601 with offset or Z', () => {
      expect(parseFeedTime('2027-04-17T09:00:00+02:00')).to.deep.include({
        ms: at('2027-04-17T07:00:00Z'),
        dateOnly: false,
        dateKey: '2027-04-17',
        hour: 9,
        minute: 0,
      });
      expect(parseFeedTime('2027-04-17T09:00Z')?.ms).to.equal(at('2027-04-17T09:00:00Z'));
      expect(parseFeedTime('2027-04-17T09:00:00.250-0430')?.ms).to.equal(at('2027-04-17T13:30:00.250Z'));
    });

    it('reads a date only, and a local time in the fallback zone (not the device zone)', () => {
      expect(parseFeedTime('2027-04-17')).to.deep.include({ dateOnly: true, dateKey: '2027-04-17' });
      expect(parseFeedTime('2027-04-17T09:00', BERLIN)?.ms).to.equal(at('2027-04-17T07:00:00Z'));
    });

    it('rejects what it cannot read, without guessing', () => {
      for (const bad of [
        '',
        'tomorrow',
        '17.04.2027',
        '2027-02-30',
        '2027-13-01T00:00Z',
        '2027-04-17T25:00Z',
        '2027-04-17T24:59Z',
        '2027-04-17T24:00:01Z',
        '2027-04-17T09:00:60Z',
        '2027-04-17T09:60Z',
        '2027-04-17T09:00+99:99',
        '2027-04-17T09:00+18:01',
        '2027-04-17T09:00-19:00',
        '9999-12-31',
        '1899-12-31T23:00Z',
        42,
        null,
        undefined,
      ]) {
        expect(parseFeedTime(bad), String(bad)).to.equal(undefined);
      }
      expect(parseFeedTime('2027-04-17T09:00', 'Mars/Olympus')).to.equal(undefined);
    });

    it('reads 24:00 as the end of the day, and offsets up to 18 hours', () => {
      expect(parseFeedTime('2027-04-17T24:00:00+02:00')?.ms).to.equal(at('2027-04-17T22:00:00Z'));
      expect(parseFeedTime('2027-04-17T09:00+14:00')?.ms).to.equal(at('2027-04-16T19:00:00Z'));
      expect(parseFeedTime('2027-04-17T09:00-18:00')?.ms).to.equal(at('2027-04-18T03:00:00Z'));
      expect(parseFeedTime('2999-12-31T23:00-05:00')?.ms).to.equal(at('3000-01-01T04:00:00Z'));
    });
  });

  describe('offsets read once per zone and day', () => {
    const ZONES = [
      'Europe/Berlin',
      'America/Lima',
      'Pacific/Auckland',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'UTC',
      'America/New_York',
      'Africa/Casablanca',
      'Asia/Gaza',
      'America/St_Johns',
    ];
    /** The wall clock as `Intl` reads it at `ms`, independently of the module's day cache. */
    const intlWall = (ms: number, timeZone: string): { offset: number; key: string } => {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
      const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour! % 24, +p.minute!, +p.second!);
      return { offset: wall - Math.floor(ms / 1000) * 1000, key: `${p.year}-${p.month}-${p.day}` };
    };

    it('agree with Intl at any instant, across DST changes (Morocco’s Ramadan pause included)', () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
          const { offset, key } = intlWall(ms, zone);
          expect(zoneOffsetMs(ms, zone)).to.equal(offset);
          expect(zonedDateKey(ms, zone)).to.equal(key);
        }),
        { numRuns: 4000 },
      );
    });

    it('agree with Intl in the minutes around every change of 2027', () => {
      for (const zone of ZONES) {
        for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
          if (intlWall(day, zone).offset === intlWall(day + 86_400_000, zone).offset) continue;
          for (let ms = day; ms <= day + 86_400_000; ms += 15 * 60_000)
            expect(zoneOffsetMs(ms, zone), `${zone} ${new Date(ms).toISOString()}`).to.equal(intlWall(ms, zone).offset);
        }
      }
      // The hour of the Berlin change: 00:59:59 UTC is still winter time, 01:00 UTC summer time.
      expect(zoneOffsetMs(Date.parse('2027-03-28T00:59:59Z'), BERLIN)).to.equal(3_600_000);
      expect(zoneOffsetMs(Date.parse('2027-03-28T01:00:00Z'), BERLIN)).to.equal(7_200_000);
      expect(zonedParts(Date.parse('2027-03-28T01:00:00Z'), BERLIN)).to.deep.equal({
        year: 2027,
        month: 3,
        day: 28,
        hour: 3,
        minute: 0,
        second: 0,
        weekday: 'su',
      });
    });

    it('still refuses an unknown zone or an unreadable instant', () => {
      expect(() => zoneOffsetMs(0, 'Mars/Olympus')).to.throw(RangeError);
      expect(() => zonedParts(NaN, BERLIN)).to.throw(RangeError);
    });
  });

  it("todayByZone gives today's date in each zone asked for, the same as zonedDateKey", () => {
    const late = at('2027-04-18T22:30:00Z'); // Monday 00:30 in Berlin, Sunday 18:30 in New York
    const today = todayByZone(late);
    expect([today(BERLIN), today('America/New_York'), today(BERLIN), today('UTC')]).to.deep.equal([
      '2027-04-19',
      '2027-04-18',
      '2027-04-19',
      '2027-04-18',
    ]);
    expect(today('Asia/Tokyo')).to.equal(zonedDateKey(late, 'Asia/Tokyo'));
  });
});
