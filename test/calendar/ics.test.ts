/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  buildDeadlineIcs,
  buildIcs,
  escapeIcsText,
  foldIcsLine,
  icsFileName,
  type IcsEvent,
  type IcsOptions,
} from '../../src/calendar/ics.js';

const OPTS: IcsOptions = {
  prodId: '-//City of Leipzig//civic-widgets//EN',
  now: new Date('2027-04-01T08:15:30Z'),
  uidDomain: 'leipzig.de',
};
const bytes = (s: string): number => new TextEncoder().encode(s).length;

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: c.getFirstPropertyValue('url'),
      status: c.getFirstPropertyValue('status'),
      dtstamp: (c.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      start: e.startDate,
      end: c.hasProperty('dtend') ? e.endDate : undefined,
    };
  });
}

/** Every physical line: CRLF-terminated, no bare CR or LF, ≤ 75 octets. */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).to.equal(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.to.match(/[\r\n]/);
    expect(bytes(line), line).to.be.at.most(75);
  }
}

const arabicTitle = 'أكاديمية حضرية حول الاندماج: ورشة عمل للمدن الأوروبية، مع الترجمة الفورية إلى العربية والأوكرانية والتركية';
const events: IcsEvent[] = [
  {
    id: 'e1',
    title: 'Urban Academy on Integration; day 1, day 2',
    description: 'Line one\nLine two, with a comma; and a semicolon\\backslash\r\nWindows line',
    location: 'Rue Belliard 10, 1040 Brussels',
    url: 'https://example.org/academy?x=1,2',
    start: '2027-04-17T09:00:00+02:00',
    end: '2027-04-18T17:00:00+02:00',
    timeZone: 'Europe/Brussels',
    status: 'scheduled',
  },
  {
    id: 'e2',
    title: arabicTitle,
    start: '2027-05-03T18:00:00+02:00',
    end: '2027-05-03T20:00:00+02:00',
    status: 'cancelled',
    url: 'javascript:alert(1)',
  },
  { id: 'e3', title: 'Neighbourhood festival', start: '2027-06-12', end: '2027-06-13', status: 'postponed' },
  { id: 'e4', title: 'Open day', start: '2027-07-01T00:00:00+02:00', end: '2027-07-02T00:00:00+02:00' },
  { id: 'e5', title: 'Point in time', start: '2027-07-05T10:00:00Z', status: 'something-new' },
  { id: 'broken', title: 'No start', start: 'soon' },
];

describe('ics', () => {
  const ics = buildIcs(events, OPTS);

  it('is a VCALENDAR with CRLF line endings and lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//City of Leipzig//civic-widgets//EN\r\n')).to.equal(true);
    expect(ics).to.contain('\r\nEND:VCALENDAR\r\n');
    expect(ics).not.to.contain('BEGIN:VALARM');
    expectWellFormed(ics);
  });

  it('round-trips through ical.js: UID, text with , ; \\ and newlines, URL, STATUS, DTSTAMP', () => {
    const [e1] = parse(ics);
    expect(e1!.uid).to.equal('e1@leipzig.de');
    expect(e1!.summary).to.equal('Urban Academy on Integration; day 1, day 2');
    expect(e1!.description).to.equal('Line one\nLine two, with a comma; and a semicolon\\backslash\nWindows line');
    expect(e1!.location).to.equal('Rue Belliard 10, 1040 Brussels');
    expect(e1!.url).to.equal('https://example.org/academy?x=1,2');
    expect(e1!.status).to.equal('CONFIRMED');
    expect(e1!.dtstamp).to.equal('2027-04-01T08:15:30.000Z');
  });

  it('writes timed events as UTC instants', () => {
    const [e1, e2] = parse(ics);
    expect(ics).to.contain('\r\nDTSTART:20270417T070000Z\r\nDTEND:20270418T150000Z\r\n');
    expect(e1!.start.toJSDate().toISOString()).to.equal('2027-04-17T07:00:00.000Z');
    expect(e1!.end!.toJSDate().toISOString()).to.equal('2027-04-18T15:00:00.000Z');
    expect(e2!.start.toJSDate().toISOString()).to.equal('2027-05-03T16:00:00.000Z');
    expect(e2!.end!.toJSDate().toISOString()).to.equal('2027-05-03T18:00:00.000Z');
  });

  it('keeps Arabic text intact across folded lines, and drops a non-http URL', () => {
    const e2 = parse(ics)[1]!;
    expect(e2.summary).to.equal(arabicTitle);
    expect(e2.status).to.equal('CANCELLED');
    expect(e2.url).to.equal(null);
    expect(ics).not.to.contain('javascript');
    // The SUMMARY is long enough to be folded.
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).to.be.greaterThan(1);
  });

  it('writes all-day events as VALUE=DATE with an exclusive end', () => {
    const [, , e3, e4] = parse(ics);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270612\r\nDTEND;VALUE=DATE:20270614\r\n');
    expect([e3!.start.isDate, e3!.start.toString(), e3!.end!.toString()]).to.deep.equal([true, '2027-06-12', '2027-06-14']);
    expect(e3!.status).to.equal('TENTATIVE');
    expect([e4!.start.isDate, e4!.start.toString(), e4!.end!.toString()]).to.deep.equal([true, '2027-07-01', '2027-07-02']);
  });

  it('omits DTEND without an end, STATUS for an unknown status, and skips unreadable events', () => {
    const all = parse(ics);
    expect(all.map((e) => e.uid)).to.deep.equal(['e1@leipzig.de', 'e2@leipzig.de', 'e3@leipzig.de', 'e4@leipzig.de', 'e5@leipzig.de']);
    expect(all[4]!.end).to.equal(undefined);
    expect(all[4]!.status).to.equal(null);
  });

  it('makes stable, escaping-free UIDs from odd ids', () => {
    const out = buildIcs([{ id: 'a b;c,d/é', title: 't', start: '2027-07-05T10:00:00Z' }], { ...OPTS, uidDomain: 'x.org\r\nEVIL:1' });
    expect(parse(out)[0]!.uid).to.equal('a%20b%3Bc%2Cd%2F%C3%A9@x.orgEVIL1');
    expect(
      buildIcs([{ id: 'a b;c,d/é', title: 'other', start: '2027-08-05T10:00:00Z' }], { ...OPTS, uidDomain: 'x.org\r\nEVIL:1' }),
    ).to.contain('UID:a%20b%3Bc%2Cd%2F%C3%A9@x.orgEVIL1\r\n');
  });

  it('writes no event whose times a calendar cannot read (a year past 9999)', () => {
    const out = buildIcs(
      [
        { id: 'far', title: 'Far', start: '2027-07-05T10:00:00Z', end: new Date(Date.UTC(10000, 0, 1, 14)).toISOString() },
        { id: 'last-day', title: 'Last day', start: '9999-12-31', end: '9999-12-31' },
        { id: 'ok', title: 'Fine', start: '2027-07-05T10:00:00Z' },
      ],
      OPTS,
    );
    expect(out).to.not.contain('+01');
    // An end no one can read is left out (the feed reader removes it, with a warning); an unreadable start, the event.
    expect(parse(out).map((e) => [e.uid, e.end?.toString()])).to.deep.equal([
      ['far@leipzig.de', undefined],
      ['ok@leipzig.de', undefined],
    ]);
  });

  it('cannot be injected into: a title with CRLF and "END:VEVENT" stays one property', () => {
    const out = buildIcs([{ id: 'x', title: 'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT', start: '2027-07-05T10:00:00Z' }], OPTS);
    expect(parse(out).map((e) => e.summary)).to.deep.equal(['Hi\nEND:VEVENT\nBEGIN:VEVENT']);
  });

  describe('escapeIcsText and foldIcsLine', () => {
    it('escapes backslash first, then ; , and newlines; drops control characters', () => {
      expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
    });
    it('never splits a multi-byte character, and keeps every line ≤ 75 octets (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
          const line = `SUMMARY:${escapeIcsText(s)}`;
          const folded = foldIcsLine(line);
          for (const physical of folded.split('\r\n')) {
            expect(bytes(physical)).to.be.at.most(75);
            // A lone surrogate would mean a split code point.
            expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(physical)).to.equal(false);
          }
          expect(folded.replace(/\r\n /g, '')).to.equal(line);
        }),
        { numRuns: 300, seed: 7 },
      );
    });
    it('folds exactly at 75 octets, counting the leading space', () => {
      const folded = foldIcsLine('X'.repeat(75 + 74 + 1)).split('\r\n');
      expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 2]);
      // 3-byte characters: 25 fit on the first line (75 octets), 24 after the space (73 octets).
      const euro = foldIcsLine('€'.repeat(50)).split('\r\n');
      expect(euro.map(bytes)).to.deep.equal([75, 73, 4]);
    });
  });

  describe('buildDeadlineIcs', () => {
    const call = {
      id: 'c1',
      title: 'Deadline: School partners wanted, AMIF',
      deadline: '2027-02-23T23:59:00+01:00',
      url: 'https://example.org/call',
    };
    it('is a 30-minute event ending exactly at the deadline, in UTC', () => {
      const out = buildDeadlineIcs(call, OPTS)!;
      expectWellFormed(out);
      const [e] = parse(out);
      expect(e!.uid).to.equal('c1-deadline@leipzig.de');
      expect(e!.summary).to.equal('Deadline: School partners wanted, AMIF');
      expect(e!.start.toJSDate().toISOString()).to.equal('2027-02-23T22:29:00.000Z');
      expect(e!.end!.toJSDate().toISOString()).to.equal('2027-02-23T22:59:00.000Z');
      expect(e!.url).to.equal('https://example.org/call');
    });
    it('accepts a Date and refuses an unreadable deadline', () => {
      expect(buildDeadlineIcs({ ...call, deadline: new Date('2027-02-23T22:59:00Z') }, OPTS)).to.equal(buildDeadlineIcs(call, OPTS));
      expect(buildDeadlineIcs({ ...call, deadline: 'end of February' }, OPTS)).to.equal(undefined);
    });
  });

  describe('icsFileName', () => {
    it('makes a safe ASCII name', () => {
      expect(icsFileName('Urban Academy on Integration: Brussels 17/18 April')).to.equal(
        'urban-academy-on-integration-brussels-17-18-april.ics',
      );
      expect(icsFileName('Café & Begegnung — Straße')).to.equal('cafe-begegnung-strasse.ics');
      expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
      expect(icsFileName('Łódź, Ørsted, Œuvre')).to.equal('lodz-orsted-oeuvre.ics');
    });
    it('falls back when nothing Latin is left, and caps the length', () => {
      expect(icsFileName(arabicTitle)).to.equal('event.ics');
      expect(icsFileName('Зустріч', 'meeting')).to.equal('meeting.ics');
      expect(icsFileName('a'.repeat(200)).length).to.equal(64);
    });
  });
});
