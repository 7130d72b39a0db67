/**
 * Which calls a `<civic-partner-call>` shows, in which order. Pure: the clock is passed in.
 *
 * @module
 */
import type { Feed, PartnerCall } from '../../feed/types.js';
import { publishersOf } from '../../feed/publishers.js';
import { callTimeZone, deadlineMs } from './call-deadline.js';

export interface CallSelection {
  /** `call-id`: that call only, shown even when it is closed. */
  callId?: string | undefined;
  /** `programme`: comma-separated programmes (case-insensitive), e.g. "AMIF, Erasmus+". */
  programme?: string | undefined;
  /** `topic`: comma-separated topics (case-insensitive). */
  topic?: string | undefined;
  /** `show-closed`: list closed calls too (after the open ones, most recently closed first). */
  showClosed?: boolean | undefined;
}

/** A call with its deadline instant, read in the call's zone, and whose it is. */
export interface SelectedCall {
  call: PartnerCall;
  zone: string;
  ms: number;
  closed: boolean;
  /** Its publisher: an index into `publishersOf(feed.calls, feed)`; -1 for none. */
  publisher: number;
}

const wanted = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

const matches = (filter: string[], values: (string | undefined)[]): boolean =>
  filter.length === 0 || values.some((v) => v !== undefined && filter.includes(v.toLowerCase()));

/** The calls to show at `now`: soonest deadline first; an unreadable deadline counts as closed. */
export function selectCalls(feed: Feed, selection: CallSelection, now: number): SelectedCall[] {
  const { of } = publishersOf(feed.calls, feed);
  const read = (call: PartnerCall): SelectedCall => {
    const zone = callTimeZone(call, feed);
    const ms = deadlineMs(call.deadline, zone);
    // A call the feed marks closed is closed before its deadline (closed early).
    return { call, zone, ms, closed: call.status === 'closed' || !(ms > now), publisher: of[feed.calls.indexOf(call)]! };
  };
  if (selection.callId)
    return feed.calls
      .filter((c) => c.id === selection.callId)
      .slice(0, 1)
      .map(read);
  const programmes = wanted(selection.programme);
  const topics = wanted(selection.topic);
  return (
    feed.calls
      .filter((c) => matches(programmes, [c.programme]) && matches(topics, c.topics ?? []))
      .map(read)
      .filter((s) => selection.showClosed || !s.closed)
      // Open ones first, soonest deadline first; then closed ones, most recently closed first.
      .sort((a, b) => Number(a.closed) - Number(b.closed) || (a.closed ? (b.ms || 0) - (a.ms || 0) : a.ms - b.ms))
  );
}

/** Something a person can see: not only spaces, controls and invisible format characters (bidi marks, joiners). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/**
 * The distinct programmes among calls, in first-seen order (for filter buttons). A programme with nothing to see
 * (a feed's " " or a lone bidi mark) would be a button without a name: its calls are under "All programmes".
 */
export function programmesOf(calls: readonly PartnerCall[]): string[] {
  return [...new Set(calls.map((c) => c.programme).filter((p): p is string => !!p && VISIBLE.test(p)))];
}
