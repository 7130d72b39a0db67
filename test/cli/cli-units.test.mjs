// The CLI's pure pieces, from the sources (node --import tsx): opening hours, values, JSON positions, terminal safety.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpeningHours } from '../../src/cli/opening-hours-text.ts';
import { parseBudget, parseClosures, parseDateTime, parsePhone } from '../../src/cli/csv-values.ts';
import { locator, nestingDepth, syntaxProblem } from '../../src/cli/json-text.ts';
import { ProgressLine, safeJson, safeText } from '../../src/cli/terminal.ts';
import { closest } from '../../src/cli/suggest.ts';
import { languageTagOf } from '../../src/cli/languages.ts';
import { ianaZoneFor } from '../../src/cli/time-zone-names.ts';

const WEEK = ['mo', 'tu', 'we', 'th', 'fr'];

test('opening hours as people write them, in many languages', () => {
  const cases = [
    [
      'Mo-Fr 09:00-12:00; Mo,Tu,Th 13:00-16:30',
      [],
      [
        [WEEK, '09:00', '12:00'],
        [['mo', 'tu', 'th'], '13:00', '16:30'],
      ],
    ],
    ['PN-PT 07:30-15:30', ['pl'], [[WEEK, '07:30', '15:30']]],
    ['PN-PT, 07:30-15:30', ['pl'], [[WEEK, '07:30', '15:30']]],
    ['pn do pt 8-16', ['pl'], [[WEEK, '08:00', '16:00']]],
    ['ma-vr 9-17', ['en'], [[WEEK, '09:00', '17:00']]],
    ['ma 9-12', ['nl'], [[['mo'], '09:00', '12:00']]],
    [
      'ma-vr 9-17; Sa 8-12',
      ['en'],
      [
        [WEEK, '09:00', '17:00'],
        [['sa'], '08:00', '12:00'],
      ],
    ],
    ['lu, ma 9-12', [], [[['mo', 'tu'], '09:00', '12:00']]],
    ['wo 13:30-16:00', ['nl'], [[['we'], '13:30', '16:00']]],
    [
      'lu-ve 9h-12h, 14h-17h30',
      ['fr'],
      [
        [WEEK, '09:00', '12:00'],
        [WEEK, '14:00', '17:30'],
      ],
    ],
    ['di 9-12', ['fr'], [[['su'], '09:00', '12:00']]],
    ['di 9-12', ['de'], [[['tu'], '09:00', '12:00']]],
    ['Mo bis Fr 9 bis 17 Uhr', ['de'], [[WEEK, '09:00', '17:00']]],
    ['täglich 8-20 Uhr', ['de'], [[[...WEEK, 'sa', 'su'], '08:00', '20:00']]],
    ['lunes a viernes 9 a 14', ['es'], [[WEEK, '09:00', '14:00']]],
    ['Пн–Пт 9:00–18:00', ['uk'], [[WEEK, '09:00', '18:00']]],
    ['الأحد - الخميس 8:00-14:00', ['ar'], [[['mo', 'tu', 'we', 'th', 'su'], '08:00', '14:00']]],
    ['Pzt-Cuma 08:30-17:30', ['tr'], [[WEEK, '08:30', '17:30']]],
    [
      'Mon-Fri 9am-5pm; Sat 10am-2pm',
      [],
      [
        [WEEK, '09:00', '17:00'],
        [['sa'], '10:00', '14:00'],
      ],
    ],
    ['Mo-Fr 22:00-02:00', [], [[WEEK, '22:00', '02:00']]],
    ['24/7', [], [[[...WEEK, 'sa', 'su'], '00:00', '24:00']]],
    ['Mo-Fr 9-17, Sa geschlossen', ['de'], [[WEEK, '09:00', '17:00']]],
    ['Sa-Mo 10-12', [], [[['mo', 'sa', 'su'], '10:00', '12:00']]],
  ];
  for (const [text, languages, expected] of cases) {
    const result = parseOpeningHours(text, languages);
    assert.equal(result.error, undefined, `${text}: ${result.error}`);
    assert.deepEqual(
      result.hours,
      expected.map(([days, opens, closes]) => ({ days, opens, closes })),
      text,
    );
  }
});

test('opening hours that cannot be read say why and what to write', () => {
  const cases = [
    ['ma 9-12', ['de', 'en'], /^"ma" is Dutch for Monday but French for Tuesday: use "mo" or "tu"$/],
    ['di 9-12', ['de', 'fr'], /"di" is German for Tuesday but French for Sunday: use "tu" or "su"/],
    ['Mx 9-12', [], /"Mx" is not a weekday: did you mean "mo"\?/],
    ['Mo-Fr', [], /has no hours: write e\.g\. Mo,Tu,We,Th,Fr 10:00-14:00/],
    ['9-12', [], /has no days: write the days first, e\.g\. Mo-Fr 09:00-12:00/],
    ['Mo-Fr 9:00', [], /"9:00" has no closing time/],
    ['Mo-Fr 25:00-26:00', [], /"25:00" is not a time of day/],
    ['Mo-Fr 9-12; PH closed', [], /holidays go in the closures column/],
  ];
  for (const [text, languages, message] of cases) assert.match(parseOpeningHours(text, languages).error ?? '(no error)', message, text);
});

test('dates and times are written with the offset of their zone on that day, also across a DST change', () => {
  assert.equal(parseDateTime('2027-03-27 10:00', 'Europe/Berlin').value, '2027-03-27T10:00:00+01:00');
  assert.equal(parseDateTime('2027-03-28 10:00', 'Europe/Berlin').value, '2027-03-28T10:00:00+02:00');
  assert.equal(
    parseDateTime('2027-03-28 02:30', 'Europe/Berlin').value,
    '2027-03-28T03:30:00+02:00',
    'a time in the spring-forward gap moves to after it',
  );
  assert.equal(parseDateTime('31.10.2027 18:00', 'Europe/Warsaw').value, '2027-10-31T18:00:00+01:00');
  assert.equal(parseDateTime('2027-04-17T09:00:00+03:00', 'Europe/Berlin').value, '2027-04-17T09:00:00+03:00', 'an offset written is kept');
  assert.match(parseDateTime('2027-02-30', 'Europe/Berlin').error, /not a real date/);
});

test('amounts, phones and closures as people type them', () => {
  assert.deepEqual(parseBudget('157.444 €').value, { amount: 157444, currency: 'EUR' });
  assert.deepEqual(parseBudget('€ 1.234,50').value, { amount: 1234.5, currency: 'EUR' });
  assert.deepEqual(parseBudget('157444', 'eur').value, { amount: 157444, currency: 'EUR' });
  assert.match(parseBudget('a lot').error, /write the amount and its currency/);
  assert.equal(parsePhone('Tel.: 0341 123-4567').value, '0341 123-4567');
  assert.match(parsePhone('call us').error, /not a phone number/);
  assert.deepEqual(parseClosures('24.12.2026 - 26.12.2026 Weihnachten; 2026-12-31 10:00-12:00 Silvester', 'de').value, [
    { from: '2026-12-24', to: '2026-12-26', reason: { de: 'Weihnachten' } },
    { from: '2026-12-31', hours: [{ opens: '10:00', closes: '12:00' }], reason: { de: 'Silvester' } },
  ]);
  assert.match(parseClosures('2026-12-26 to 2026-12-24', 'de').error, /the last day is before the first/);
});

test('JSON mistakes in words, with positions, at any depth', () => {
  assert.deepEqual(syntaxProblem('{"a": [1, 2,]}'), {
    message: 'trailing comma: remove the comma after the last item',
    line: 1,
    column: 12,
  });
  assert.equal(syntaxProblem('{"a": 1}'), undefined);
  const deep = `{"a":${'['.repeat(300_000)}${']'.repeat(300_000)},"b":{"c":[1,{"d":2}]}}`;
  assert.equal(nestingDepth(deep), 300_001);
  const at = locator(deep, [
    ['b', 'c', 1, 'd'],
    ['b', 'x'],
  ]);
  assert.deepEqual(at(['b', 'c', 1, 'd']), { line: 1, column: deep.indexOf('"d"') + 1 });
  assert.deepEqual(at(['b', 'x']), { line: 1, column: deep.indexOf('"b"') + 1 }, 'a missing field: where its object is');
});

test('terminal output: control characters are shown, never sent; JSON stays the same JSON', () => {
  assert.equal(safeText('a\u001b[31mb\nc\u009b1m\u202ed'), 'a\\e[31mb\\nc\\u009b1m\\u202ed');
  const value = { id: 'x\u001b\u0085\u2066y' };
  const json = safeJson(value);
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u0085\u2066]/);
  assert.deepEqual(JSON.parse(json), value);
});

test('the progress line shows only on a terminal, after a moment, and is cleared', () => {
  let now = 0;
  const written = [];
  const tty = { isTTY: true, columns: 80, write: (t) => written.push(t) };
  const line = new ProgressLine(tty, 'Reading events.ics', { now: () => now });
  line.update(10, 2000);
  assert.deepEqual(written, [], 'nothing in the first moment');
  now = 1000;
  line.update(1200, 2000);
  assert.equal(written.at(-1), '\rReading events.ics… 1,200 of 2,000\u001b[K');
  line.done();
  assert.equal(written.at(-1), '\r\u001b[K');
  const pipe = { write: (t) => written.push(t) };
  const quiet = new ProgressLine(pipe, 'x', { now: () => now });
  now = 5000;
  const count = written.length;
  quiet.update(1, 2);
  quiet.done();
  assert.equal(written.length, count, 'never on a pipe');
});

test('names people write: languages, time zones, near misses', () => {
  assert.equal(languageTagOf('Arabic'), 'ar');
  assert.equal(languageTagOf('Arabisch'), 'ar');
  assert.equal(languageTagOf('العربية'), 'ar');
  assert.equal(languageTagOf('ukr'), 'uk');
  assert.equal(languageTagOf('Farsi'), 'fa');
  assert.equal(ianaZoneFor('W. Europe Standard Time'), 'Europe/Berlin');
  assert.equal(ianaZoneFor('Central European Standard Time'), 'Europe/Warsaw');
  assert.equal(ianaZoneFor('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'), 'Europe/Amsterdam');
  assert.equal(ianaZoneFor('/mozilla.org/20050126_1/Europe/Berlin'), 'Europe/Berlin');
  assert.equal(ianaZoneFor('Customized Time Zone'), undefined);
  assert.equal(closest('helth', ['health', 'housing']), 'health');
  assert.equal(closest('xyz', ['health', 'law']), undefined);
});
