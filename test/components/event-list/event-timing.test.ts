import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dateKeyIn, fastEventTiming, offsetAt } from '../../../src/components/event-list/event-timing.js';
import { eventTiming } from '../../../src/time/day-groups.js';
import { zonedDateKey, zoneOffsetMs } from '../../../src/time/zoned-time.js';

const ZONES = ['Europe/Berlin', 'America/Lima', 'Pacific/Auckland', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC', 'America/New_York'];
const OFFSETS = ['Z', '+02:00', '+01:00', '-05:00', '+13:00', '+05:45', '-03:00'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates around the 2027 DST changes in Europe, the Americas and Oceania, and ordinary days. */
const dayArb = fc.oneof(
  fc.constantFrom('2027-03-28', '2027-03-27', '2027-10-31', '2027-03-14', '2027-11-07', '2027-04-04', '2027-09-26', '2027-04-03', '2027-09-05'),
  fc.integer({ min: 0, max: 730 }).map((d) => new Date(Date.UTC(2027, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
);
const timeArb = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 59), off: fc.constantFrom(...OFFSETS) });
const timedArb = fc.tuple(dayArb, timeArb).map(([day, t]) => `${day}T${pad(t.h)}:${pad(t.m)}:00${t.off}`);
const valueArb = fc.oneof(timedArb, timedArb, dayArb, fc.constantFrom('2027-02-30', '2027-04-17T00:00:00+02:00', '2027-04-18T00:00:00+02:00', 'soon', '2027-04-17T09:00'));

describe('fast event timing', () => {
  it('agrees with eventTiming for any start, end and zone (DST days included)', () => {
    fc.assert(
      fc.property(valueArb, fc.option(valueArb, { nil: undefined }), fc.constantFrom(...ZONES), (start, end, zone) => {
        const item = { start, end };
        expect(fastEventTiming(item, zone)).to.deep.equal(eventTiming(item, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads offsets and dates like Intl, across transitions', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2029, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(offsetAt(ms, zone)).to.equal(zoneOffsetMs(ms, zone));
        expect(dateKeyIn(ms, zone)).to.equal(zonedDateKey(ms, zone));
      }),
      { numRuns: 3000 },
    );
    // The hour of the Berlin change: 00:59:59 UTC is still winter time, 01:00 UTC summer time.
    expect(offsetAt(Date.parse('2027-03-28T00:59:59Z'), 'Europe/Berlin')).to.equal(3_600_000);
    expect(offsetAt(Date.parse('2027-03-28T01:00:00Z'), 'Europe/Berlin')).to.equal(7_200_000);
  });

  it('handles the fixtures’ kinds of events', () => {
    const cases = [
      { start: '2027-04-24' },
      { start: '2027-07-05', end: '2027-07-09' },
      { start: '2027-07-09', end: '2027-07-05' },
      { start: '2027-04-16T22:00:00+02:00', end: '2027-04-17T02:00:00+02:00' },
      { start: '2027-04-16T22:00:00+02:00' },
      { start: '2027-04-17T00:00:00+02:00', end: '2027-04-18T00:00:00+02:00' },
      { start: '2027-04-17T09:00:00.250+02:00', end: '2027-04-17T09:00:00+02:00' },
      { start: '2027-04-17T09:00:00', end: '2027-04-17T10:00:00' },
    ];
    for (const item of cases) expect(fastEventTiming(item, 'Europe/Berlin'), JSON.stringify(item)).to.deep.equal(eventTiming(item, 'Europe/Berlin'));
  });
});
