import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Service } from '../../../src/feed/types.js';
import { isOpenAt } from '../../../src/time/opening-hours.js';
import { openFlags, openTableSteps } from '../../../src/components/service-finder/open-now.js';
import { runInSlices, runToEnd } from '../../../src/scheduling/build-steps.js';

const zone = 'Europe/Berlin';
const openTable = (services: readonly Service[], feedZone: string) => runToEnd(openTableSteps(services, feedZone));
const svc = (hours: unknown): Service => ({ id: 'x', name: 'x', hours }) as Service;
const openAt = (service: Service, t: number): boolean => openFlags(openTable([service], zone), t)[0] === 1;
/** Monday 1 January 2024 (UTC) plus `day` days and `minute` minutes. */
const utc = (day: number, minute: number): number => Date.UTC(2024, 0, 1 + day, 0, minute);
const time = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59))
  .map(([h, m]) => (h === 24 ? '24:00' : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
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
        expect(openAt(svc(hours), t), JSON.stringify({ hours, t: new Date(t) })).to.equal(isOpenAt(hours, t, zone));
      }),
      { numRuns: 500 },
    );
  });

  it('is closed without hours and at 07:29/15:30, open at 07:30 on a Monday in Berlin', () => {
    const s = svc([{ days: ['mo'], opens: '07:30', closes: '15:30' }]);
    expect(openAt(svc(undefined), 0)).to.equal(false);
    expect(openAt(s, Date.parse('2027-04-12T05:29:00Z'))).to.equal(false);
    expect(openAt(s, Date.parse('2027-04-12T05:30:00Z'))).to.equal(true);
    expect(openAt(s, Date.parse('2027-04-12T13:30:00Z'))).to.equal(false);
  });

  it('lays out a whole feed: each service keeps its own week (Sunday night runs into Monday)', () => {
    const services = [
      svc([{ days: ['su'], opens: '22:00', closes: '02:00' }]),
      svc(undefined),
      svc([{ days: ['mo', 'tu'], opens: '00:00', closes: '24:00' }]),
      svc([
        { days: ['mo'], opens: '01:00', closes: '01:30' },
        { days: ['mo'], opens: '09:00', closes: '10:00' },
      ]),
    ];
    const table = openTable(services, 'UTC');
    expect([...openFlags(table, utc(0, 60))]).to.deep.equal([1, 0, 1, 1]);
    expect([...openFlags(table, utc(0, 120))]).to.deep.equal([0, 0, 1, 0]);
    expect([...openFlags(table, utc(0, 9 * 60 + 59))]).to.deep.equal([0, 0, 1, 1]);
    expect([...openFlags(table, utc(6, 22 * 60))]).to.deep.equal([1, 0, 0, 0]);
  });

  it('builds the same table in slices, with pauses in between', async () => {
    const services = Array.from({ length: 1000 }, (_, i) => svc([{ days: ['mo', 'we'], opens: `0${i % 10}:00`, closes: '12:30' }]));
    let done: unknown;
    let finished!: () => void;
    const built = new Promise<void>((resolve) => (finished = resolve));
    // A first slice of less than nothing: one step (100 services), the rest later.
    expect(runInSlices(openTableSteps(services, zone), (table) => ((done = table), finished()), 5, -1)).to.equal(undefined);
    expect(done).to.equal(undefined);
    await built;
    expect(done).to.deep.equal(openTable(services, zone));
    expect(runInSlices(openTableSteps(services, zone), () => expect.fail('done at once'), 5, 1000)).to.deep.equal(done);
  });

  it("reads each service's hours in its own zone, else the feed's, one clock per zone", () => {
    const hours = [{ days: ['mo'], opens: '09:00', closes: '17:00' }];
    const services = [
      { ...svc(hours), timeZone: 'Europe/Istanbul' }, // UTC+3
      svc(hours), // the feed's: Berlin, UTC+1 in January
      { ...svc(hours), timeZone: 'America/New_York' }, // UTC-5
      { ...svc(hours), timeZone: 'Europe/Istanbul' },
    ] as Service[];
    const table = openTable(services, zone);
    expect(table.zones).to.deep.equal(['Europe/Istanbul', zone, 'America/New_York']);
    // Monday 1 January 2024, 07:30 UTC: 10:30 in Istanbul, 08:30 in Berlin, 02:30 in New York.
    expect([...openFlags(table, utc(0, 7 * 60 + 30))]).to.deep.equal([1, 0, 0, 1]);
    // 14:30 UTC: 17:30 in Istanbul (closed), 15:30 in Berlin, 09:30 in New York.
    expect([...openFlags(table, utc(0, 14 * 60 + 30))]).to.deep.equal([0, 1, 1, 0]);
  });

  it('respects closures (closed all day, or other hours) like isOpenAt does, in every zone', () => {
    // Closures around the instant's own days, in the zone the service is read in.
    const closure = fc.record(
      {
        from: fc.integer({ min: -2, max: 1 }),
        days: fc.integer({ min: 0, max: 2 }),
        hours: fc.option(
          fc.array(
            entry.map(({ opens, closes }) => ({ opens, closes })),
            { maxLength: 2 },
          ),
          { nil: undefined },
        ),
      },
      { requiredKeys: ['from', 'days'] },
    );
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 3 }),
        fc.array(closure, { minLength: 1, maxLength: 2 }),
        instant,
        fc.constantFrom(...zones),
        (hours, list, t, own) => {
          const day = (n: number): string => new Date(t + n * 86_400_000).toISOString().slice(0, 10);
          const closures = list.map((c) => ({ from: day(c.from), to: day(c.from + c.days), ...(c.hours && { hours: c.hours }) }));
          const service = { ...svc(hours), closures, timeZone: own } as Service;
          const flags = openFlags(openTable([service, svc(hours)], zone), t);
          expect(flags[0], JSON.stringify({ hours, closures, own, t: new Date(t) })).to.equal(+isOpenAt(hours, t, own, closures));
          expect(flags[1]).to.equal(+isOpenAt(hours, t, zone));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a temporarily closed service is never open now, whatever its hours', () => {
    const always = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    const shut = {
      ...svc(always),
      status: 'temporarily closed',
      closures: [{ from: '2024-01-01', hours: [{ opens: '00:00', closes: '24:00' }] }],
    } as Service;
    const table = openTable([shut, { ...svc(always), status: 'active' } as Service], zone);
    expect([...openFlags(table, utc(0, 600))]).to.deep.equal([0, 1]);
  });
});
