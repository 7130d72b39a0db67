import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Service } from '../../../src/feed/types.js';
import { isOpenAt } from '../../../src/time/opening-hours.js';
import { openFlags, openTable, wallClock, type WallClock } from '../../../src/components/service-finder/open-now.js';

const zone = 'Europe/Berlin';
const svc = (hours: unknown): Service => ({ id: 'x', name: 'x', hours }) as Service;
const openAtClock = (service: Service, clock: WallClock): boolean => openFlags(openTable([service]), clock)[0] === 1;
const time = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59)).map(([h, m]) => (h === 24 ? '24:00' : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
const entry = fc.record({
  days: fc.subarray(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], { minLength: 1 }),
  opens: time.filter((t) => t !== '24:00'),
  closes: time,
});
// Instants in 2027 away from the DST switch days (28 March, 31 October), where "open now"
// at a wall time that does not exist is a matter of definition.
const instant = fc
  .integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2027, 11, 31) })
  .filter((t) => ![Date.UTC(2027, 2, 28), Date.UTC(2027, 9, 31)].some((d) => Math.abs(t - d) < 2 * 86_400_000));

describe('open now for many services at once', () => {
  it('agrees with isOpenAt from src/time (split shifts, overnight, 24:00, 24 hours)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), instant, (hours, t) => {
        expect(openAtClock(svc(hours), wallClock(t, zone)), JSON.stringify({ hours, t: new Date(t) })).to.equal(isOpenAt(hours, t, zone));
      }),
      { numRuns: 500 },
    );
  });

  it('is closed without hours and at 07:29/15:30, open at 07:30 on a Monday in Berlin', () => {
    const s = svc([{ days: ['mo'], opens: '07:30', closes: '15:30' }]);
    expect(openAtClock(svc(undefined), wallClock(0, zone))).to.equal(false);
    expect(openAtClock(s, wallClock(Date.parse('2027-04-12T05:29:00Z'), zone))).to.equal(false);
    expect(openAtClock(s, wallClock(Date.parse('2027-04-12T05:30:00Z'), zone))).to.equal(true);
    expect(openAtClock(s, wallClock(Date.parse('2027-04-12T13:30:00Z'), zone))).to.equal(false);
  });

  it('lays out a whole feed: each service keeps its own week (Sunday night runs into Monday)', () => {
    const services = [
      svc([{ days: ['su'], opens: '22:00', closes: '02:00' }]),
      svc(undefined),
      svc([{ days: ['mo', 'tu'], opens: '00:00', closes: '24:00' }]),
      svc([{ days: ['mo'], opens: '01:00', closes: '01:30' }, { days: ['mo'], opens: '09:00', closes: '10:00' }]),
    ];
    const table = openTable(services);
    expect([...openFlags(table, { day: 0, minute: 60 })]).to.deep.equal([1, 0, 1, 1]);
    expect([...openFlags(table, { day: 0, minute: 120 })]).to.deep.equal([0, 0, 1, 0]);
    expect([...openFlags(table, { day: 0, minute: 9 * 60 + 59 })]).to.deep.equal([0, 0, 1, 1]);
    expect([...openFlags(table, { day: 6, minute: 22 * 60 })]).to.deep.equal([1, 0, 0, 0]);
  });
});
