/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { deadlineStatus, relativeTimeParts } from '../../src/time/deadline.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string): Date => new Date(iso);
// The AER call: 23:59 Berlin time (CET) on 23 February 2027.
const DEADLINE = '2027-02-23T23:59:00+01:00';

describe('deadline', () => {
  describe('deadlineStatus', () => {
    it('open more than 7 calendar days ahead', () => {
      expect(deadlineStatus(DEADLINE, at('2027-02-01T12:00:00+01:00'), BERLIN)).to.deep.equal({
        state: 'open',
        daysLeft: 22,
        msLeft: at(DEADLINE).getTime() - at('2027-02-01T12:00:00+01:00').getTime(),
      });
      expect(deadlineStatus(DEADLINE, at('2027-02-15T23:59:00+01:00'), BERLIN)).to.deep.include({ state: 'open', daysLeft: 8 });
    });
    it('closing-soon in the last 7 calendar days (counted by date, not by 24 h blocks)', () => {
      expect(deadlineStatus(DEADLINE, at('2027-02-16T00:00:00+01:00'), BERLIN)).to.deep.include({ state: 'closing-soon', daysLeft: 7 });
      // 23:00 the day before: only 1 h before midnight, but 1 calendar day left.
      expect(deadlineStatus(DEADLINE, at('2027-02-22T23:00:00+01:00'), BERLIN)).to.deep.include({ state: 'closing-soon', daysLeft: 1 });
    });
    it('closing-today on the deadline day, until the minute', () => {
      expect(deadlineStatus(DEADLINE, at('2027-02-23T00:00:00+01:00'), BERLIN)).to.deep.include({ state: 'closing-today', daysLeft: 0 });
      const s = deadlineStatus(DEADLINE, at('2027-02-23T23:58:00+01:00'), BERLIN);
      expect(s).to.deep.equal({ state: 'closing-today', daysLeft: 0, msLeft: 60_000 });
    });
    it('closed at and after the deadline', () => {
      expect(deadlineStatus(DEADLINE, at('2027-02-23T23:59:00+01:00'), BERLIN)).to.deep.equal({ state: 'closed', daysLeft: 0, msLeft: 0 });
      expect(deadlineStatus(DEADLINE, at('2027-03-01T10:00:00+01:00'), BERLIN)).to.deep.include({ state: 'closed', daysLeft: -6 });
    });
    it('counts days in the zone given: a Berlin deadline seen from New York and Tokyo', () => {
      // 23:59 Berlin = 17:59 New York (same day) = 07:59 next day in Tokyo.
      const now = at('2027-02-23T14:00:00Z'); // 15:00 Berlin, 09:00 New York, 23:00 Tokyo
      expect(deadlineStatus(DEADLINE, now, BERLIN).state).to.equal('closing-today');
      expect(deadlineStatus(DEADLINE, now, 'America/New_York').state).to.equal('closing-today');
      expect(deadlineStatus(DEADLINE, now, 'Asia/Tokyo')).to.deep.include({ state: 'closing-soon', daysLeft: 1 });
      // 20:00 in New York on the 23rd: Berlin's day has not ended, but the instant has passed.
      expect(deadlineStatus(DEADLINE, at('2027-02-23T20:00:00-05:00'), 'America/New_York').state).to.equal('closed');
      // msLeft does not depend on the zone.
      expect(deadlineStatus(DEADLINE, now, 'Asia/Tokyo').msLeft).to.equal(deadlineStatus(DEADLINE, now, BERLIN).msLeft);
    });
    it('accepts Date and epoch ms; the soon window is adjustable', () => {
      expect(deadlineStatus(at(DEADLINE), at('2027-02-13T12:00:00+01:00').getTime(), BERLIN, 14).state).to.equal('closing-soon');
    });
    it('an unreadable deadline is closed, with NaN counts', () => {
      const s = deadlineStatus('23.02.2027', at('2027-02-01T12:00:00Z'), BERLIN);
      expect(s.state).to.equal('closed');
      expect(Number.isNaN(s.daysLeft) && Number.isNaN(s.msLeft)).to.equal(true);
    });
  });

  describe('relativeTimeParts (for Intl.RelativeTimeFormat)', () => {
    it('calendar days when the date differs', () => {
      expect(relativeTimeParts(DEADLINE, at('2027-02-20T12:00:00+01:00'), BERLIN)).to.deep.equal({ value: 3, unit: 'day' });
      // 23:00 → 23:59 the next day: "tomorrow", not "in 25 hours".
      expect(relativeTimeParts(DEADLINE, at('2027-02-22T23:00:00+01:00'), BERLIN)).to.deep.equal({ value: 1, unit: 'day' });
      expect(relativeTimeParts(DEADLINE, at('2027-02-25T09:00:00+01:00'), BERLIN)).to.deep.equal({ value: -2, unit: 'day' });
    });
    it('hours then minutes on the same day, truncated (never overstating time left)', () => {
      expect(relativeTimeParts(DEADLINE, at('2027-02-23T21:01:00+01:00'), BERLIN)).to.deep.equal({ value: 2, unit: 'hour' });
      expect(relativeTimeParts(DEADLINE, at('2027-02-23T23:14:30+01:00'), BERLIN)).to.deep.equal({ value: 44, unit: 'minute' });
      expect(relativeTimeParts(DEADLINE, at('2027-02-23T23:59:00+01:00'), BERLIN)).to.deep.equal({ value: 0, unit: 'minute' });
      expect(Object.is(relativeTimeParts(DEADLINE, at('2027-02-23T23:59:20+01:00'), BERLIN).value, -0)).to.equal(false);
    });
    it('whole months beyond 45 days', () => {
      expect(relativeTimeParts(DEADLINE, at('2026-12-01T12:00:00+01:00'), BERLIN)).to.deep.equal({ value: 2, unit: 'month' });
      expect(relativeTimeParts(DEADLINE, at('2026-11-24T12:00:00+01:00'), BERLIN)).to.deep.equal({ value: 2, unit: 'month' });
      expect(relativeTimeParts(DEADLINE, at('2026-11-23T12:00:00+01:00'), BERLIN)).to.deep.equal({ value: 3, unit: 'month' });
      expect(relativeTimeParts(DEADLINE, at('2027-05-01T12:00:00+02:00'), BERLIN)).to.deep.equal({ value: -2, unit: 'month' });
    });
    it('formats with Intl.RelativeTimeFormat', () => {
      const { value, unit } = relativeTimeParts(DEADLINE, at('2027-02-20T12:00:00+01:00'), BERLIN);
      expect(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit)).to.equal('in 3 days');
    });
  });
});
