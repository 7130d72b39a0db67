import { expect } from '@open-wc/testing';
import { deadlineWords } from '../../../src/components/event-list/event-item.js';

const now = Date.parse('2027-04-12T08:00:00Z');

describe('event item parts', () => {
  it('says how long registration stays open, in the visitor’s days, and nothing once closed', () => {
    const ctx = { now, visitorZone: 'Europe/Berlin', locale: 'en' };
    expect(deadlineWords('2027-04-15T12:00:00+02:00', ctx)).to.equal('in 3 days');
    expect(deadlineWords('2027-04-13T09:00:00+02:00', ctx)).to.equal('tomorrow');
    expect(deadlineWords('2027-04-12T16:30:00+02:00', ctx)).to.equal('in 6 hours');
    expect(deadlineWords('2027-04-12T10:20:00+02:00', ctx)).to.equal('in 20 minutes');
    expect(deadlineWords('2027-04-12T09:59:00+02:00', ctx)).to.equal('');
    expect(deadlineWords('not a date', ctx)).to.equal('');
    expect(deadlineWords('2027-04-15T12:00:00+02:00', { ...ctx, locale: 'de' })).to.equal('in 3 Tagen');
    // 23:30 in Berlin is already the next day in Auckland: "tomorrow" there, "today" words in Berlin.
    expect(deadlineWords('2027-04-12T23:30:00+02:00', { ...ctx, visitorZone: 'Pacific/Auckland' })).to.equal('tomorrow');
  });
});
