/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { eventTiming, groupByDay, hasEnded, isAllDay, isUnderWay, type DayGroupItem } from '../../src/time/day-groups.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string): Date => new Date(iso);
type Ev = DayGroupItem & { id: string };

// "Now" is Saturday 2027-04-17 10:00 in Berlin.
const NOW = at('2027-04-17T10:00:00+02:00');

const summary = (groups: ReturnType<typeof groupByDay<Ev>>) => groups.map((g) => [g.dateKey, g.relation, g.items.map((i) => i.item.id)]);

describe('day-groups', () => {
  describe('all-day detection', () => {
    it('date-only start, or 00:00 to 00:00 as written', () => {
      expect(isAllDay({ start: '2027-04-17' })).to.equal(true);
      expect(isAllDay({ start: '2027-04-17T00:00:00+02:00', end: '2027-04-18T00:00:00+02:00' })).to.equal(true);
      expect(isAllDay({ start: '2027-04-17T00:00:00+02:00' })).to.equal(false);
      expect(isAllDay({ start: '2027-04-17T00:00:00+02:00', end: '2027-04-17T12:00:00+02:00' })).to.equal(false);
      expect(isAllDay({ start: '2027-04-17T09:00:00+02:00', end: '2027-04-18T17:00:00+02:00' })).to.equal(false);
    });
    it('all-day dates are dates: the same day in every display zone', () => {
      for (const zone of [BERLIN, 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        const t = eventTiming({ start: '2027-04-17T00:00:00+02:00', end: '2027-04-19T00:00:00+02:00' }, zone);
        expect([t?.startKey, t?.lastKey, t?.multiDay], zone).to.deep.equal(['2027-04-17', '2027-04-18', true]);
      }
    });
    it('a date-only end is the last day (inclusive)', () => {
      const t = eventTiming({ start: '2027-04-17', end: '2027-04-18' }, BERLIN);
      expect([t?.startKey, t?.lastKey, t?.endMs]).to.deep.equal(['2027-04-17', '2027-04-18', at('2027-04-19T00:00:00+02:00').getTime()]);
    });
  });

  describe('event straddling midnight', () => {
    const late: DayGroupItem = { start: '2027-04-17T22:00:00+02:00', end: '2027-04-18T02:00:00+02:00' };
    it('occupies two days in Berlin, one in New York', () => {
      expect(eventTiming(late, BERLIN)).to.deep.include({ startKey: '2027-04-17', lastKey: '2027-04-18', multiDay: true, allDay: false });
      expect(eventTiming(late, 'America/New_York')).to.deep.include({ startKey: '2027-04-17', lastKey: '2027-04-17', multiDay: false });
    });
    it('is under way at 01:00 and listed under today (the 18th), once', () => {
      const now = at('2027-04-18T01:00:00+02:00');
      expect(isUnderWay(late, now, BERLIN)).to.equal(true);
      const groups = groupByDay([{ ...late, id: 'late' }], now, BERLIN);
      expect(summary(groups)).to.deep.equal([['2027-04-18', 'today', ['late']]]);
      expect(groups[0]!.items[0]!.underWay).to.equal(true);
    });
    it('has ended at 02:00 (end is exclusive)', () => {
      expect(hasEnded(late, at('2027-04-18T01:59:00+02:00'), BERLIN)).to.equal(false);
      expect(hasEnded(late, at('2027-04-18T02:00:00+02:00'), BERLIN)).to.equal(true);
      expect(isUnderWay(late, at('2027-04-18T02:00:00+02:00'), BERLIN)).to.equal(false);
    });
    it('an event ending exactly at midnight stays on one day', () => {
      const t = eventTiming({ start: '2027-04-17T20:00:00+02:00', end: '2027-04-18T00:00:00+02:00' }, BERLIN);
      expect([t?.lastKey, t?.multiDay]).to.deep.equal(['2027-04-17', false]);
    });
  });

  describe('groupByDay', () => {
    const events: Ev[] = [
      { id: 'next-week', start: '2027-04-24T09:00:00+02:00' },
      { id: 'tomorrow-late', start: '2027-04-18T18:00:00+02:00', end: '2027-04-18T20:00:00+02:00' },
      { id: 'tomorrow-early', start: '2027-04-18T08:00:00+02:00' },
      { id: 'academy', start: '2027-04-16T09:00:00+02:00', end: '2027-04-18T17:00:00+02:00', timeZone: 'Europe/Brussels' },
      { id: 'today-later', start: '2027-04-17T14:00:00+02:00', end: '2027-04-17T16:00:00+02:00' },
      { id: 'ended', start: '2027-04-17T08:00:00+02:00', end: '2027-04-17T09:00:00+02:00' },
      { id: 'morning-no-end', start: '2027-04-17T08:00:00+02:00' },
      { id: 'festival', start: '2027-04-15', end: '2027-04-20' },
      { id: 'yesterday', start: '2027-04-16T08:00:00+02:00' },
      { id: 'broken', start: 'soon' },
      { id: 'tomorrow-allday', start: '2027-04-18' },
    ];

    it('orders days, marks today/tomorrow, lists ranges under way on today, hides ended', () => {
      expect(summary(groupByDay(events, NOW, BERLIN))).to.deep.equal([
        ['2027-04-17', 'today', ['festival', 'academy', 'morning-no-end', 'today-later']],
        ['2027-04-18', 'tomorrow', ['tomorrow-allday', 'tomorrow-early', 'tomorrow-late']],
        ['2027-04-24', 'other', ['next-week']],
      ]);
    });

    it('flags multi-day and under-way items', () => {
      const today = groupByDay(events, NOW, BERLIN)[0]!;
      const byId = Object.fromEntries(today.items.map((i) => [i.item.id, i]));
      expect([byId.academy!.underWay, byId.academy!.timing.multiDay, byId.academy!.timing.startKey]).to.deep.equal([
        true,
        true,
        '2027-04-16',
      ]);
      expect([byId.festival!.underWay, byId.festival!.timing.allDay, byId.festival!.timing.lastKey]).to.deep.equal([
        true,
        true,
        '2027-04-20',
      ]);
      // No end: kept for its day but not claimed to be happening.
      expect(byId['morning-no-end']!.underWay).to.equal(false);
      expect(byId['today-later']!.underWay).to.equal(false);
    });

    it('includeEnded keeps past items on their start day', () => {
      const keys = summary(groupByDay(events, NOW, BERLIN, { includeEnded: true })).map((g) => g[0]);
      expect(keys).to.deep.equal(['2027-04-16', '2027-04-17', '2027-04-18', '2027-04-24']);
    });

    it('uses the display zone: late evening in Berlin is the same date in New York, next date in Tokyo', () => {
      const e: Ev[] = [{ id: 'x', start: '2027-04-17T20:00:00+02:00', end: '2027-04-17T21:00:00+02:00' }];
      const now = at('2027-04-17T12:00:00+02:00');
      expect(summary(groupByDay(e, now, 'America/New_York'))).to.deep.equal([['2027-04-17', 'today', ['x']]]);
      expect(summary(groupByDay(e, now, 'Asia/Tokyo'))).to.deep.equal([['2027-04-18', 'tomorrow', ['x']]]);
    });

    it('reads a time without offset in the event zone, not the device zone', () => {
      const t = eventTiming({ start: '2027-04-17T09:00', timeZone: 'Europe/Brussels' }, 'UTC');
      expect(t?.startMs).to.equal(at('2027-04-17T07:00:00Z').getTime());
    });

    it('ignores an end before the start instead of throwing', () => {
      const t = eventTiming({ start: '2027-04-17T09:00:00+02:00', end: '2027-04-17T08:00:00+02:00' }, BERLIN);
      expect(t?.hasEnd).to.equal(false);
      expect(groupByDay([{ id: 'b', start: 'x' }], NOW, BERLIN)).to.deep.equal([]);
      expect(hasEnded({ start: 'x' }, NOW, BERLIN)).to.equal(true);
    });

    it('DST: the day of spring-forward is 23 hours, still one group', () => {
      const e: Ev[] = [
        { id: 'a', start: '2027-03-28T00:30:00+01:00' },
        { id: 'b', start: '2027-03-28T23:30:00+02:00' },
      ];
      expect(summary(groupByDay(e, at('2027-03-28T00:00:00+01:00'), BERLIN))).to.deep.equal([['2027-03-28', 'today', ['a', 'b']]]);
      expect(hasEnded(e[0]!, at('2027-03-28T23:59:00+02:00'), BERLIN)).to.equal(false);
      expect(hasEnded(e[0]!, at('2027-03-29T00:00:00+02:00'), BERLIN)).to.equal(true);
    });
  });
});
