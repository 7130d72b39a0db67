import { expect } from '@open-wc/testing';
import { programmesOf, selectCalls } from '../../../src/components/partner-call/call-selection.js';
import type { Feed } from '../../../src/feed/types.js';

const now = Date.parse('2027-04-12T08:00:00Z');
const feed = (calls: Feed['calls']): Feed => ({
  version: 1,
  defaultLocale: 'en',
  locales: ['en'],
  timeZone: 'Europe/Berlin',
  categories: [],
  services: [],
  events: [],
  calls,
});
const calls: Feed['calls'] = [
  { id: 'late', title: 'Late', programme: 'AMIF', topics: ['education'], deadline: '2027-06-01T12:00:00+02:00' },
  { id: 'soon', title: 'Soon', programme: 'Erasmus+', topics: ['Migration'], deadline: '2027-04-14T12:00:00+02:00' },
  { id: 'gone', title: 'Gone', programme: 'AMIF', deadline: '2027-04-01T12:00:00+02:00' },
  { id: 'older', title: 'Older', programme: 'ESF+', deadline: '2027-03-01T12:00:00+01:00' },
  { id: 'bad', title: 'Bad date', deadline: 'soon-ish' },
  { id: 'local', title: 'No offset', programme: 'amif', deadline: '2027-04-12T12:00:00', timeZone: 'Asia/Tokyo' },
];
const ids = (selection: Parameters<typeof selectCalls>[1]) => selectCalls(feed(calls), selection, now).map((s) => s.call.id);

describe('selecting calls', () => {
  it('lists open calls soonest deadline first and leaves closed and undated calls out', () => {
    // 'local' is 12:00 Tokyo = 03:00 UTC, already closed at 08:00 UTC: read in the call’s zone.
    expect(ids({})).to.deep.equal(['soon', 'late']);
  });

  it('with show-closed, adds closed calls after the open ones, most recently closed first', () => {
    expect(ids({ showClosed: true })).to.deep.equal(['soon', 'late', 'local', 'gone', 'older', 'bad']);
  });

  it('shows the call asked for by id even when it is closed', () => {
    const [gone] = selectCalls(feed(calls), { callId: 'gone' }, now);
    expect(gone?.call.id).to.equal('gone');
    expect(gone?.closed).to.equal(true);
    expect(ids({ callId: 'nope' })).to.deep.equal([]);
  });

  it('treats a call the feed marks closed as closed before its deadline', () => {
    const early = feed([
      ...calls,
      { id: 'early', title: 'Closed early', deadline: '2027-05-01T12:00:00+02:00', status: 'closed' },
      { id: 'open', title: 'Open', deadline: '2027-05-02T12:00:00+02:00', status: 'open' },
    ]);
    expect(selectCalls(early, {}, now).map((s) => s.call.id)).to.deep.equal(['soon', 'open', 'late']);
    const [byId] = selectCalls(early, { callId: 'early' }, now);
    expect(byId?.closed).to.equal(true);
  });

  it('filters by programme and by topic, case-insensitively, with comma-separated lists', () => {
    expect(ids({ programme: 'amif' })).to.deep.equal(['late']);
    expect(ids({ programme: 'AMIF, Erasmus+' })).to.deep.equal(['soon', 'late']);
    expect(ids({ topic: 'migration' })).to.deep.equal(['soon']);
    expect(ids({ programme: 'AMIF', topic: 'migration' })).to.deep.equal([]);
  });

  it('names each programme once', () => {
    expect(programmesOf(calls)).to.deep.equal(['AMIF', 'Erasmus+', 'ESF+', 'amif']);
  });

  it('offers no programme with nothing to see (it would be a filter button without a name)', () => {
    const blank = ([' ', '\u202c', '\u200b\u2068', '\t\n'] as const).map((programme, i) => ({ ...calls[0]!, id: `b${i}`, programme }));
    expect(programmesOf([...calls, ...blank])).to.deep.equal(['AMIF', 'Erasmus+', 'ESF+', 'amif']);
    expect(programmesOf([{ ...calls[0]!, programme: '\u202b\u0639\u202c' }])).to.deep.equal(['\u202b\u0639\u202c']);
  });
});
