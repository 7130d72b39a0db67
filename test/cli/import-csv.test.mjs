// civic-feed import csv: the templates, a real-shaped spreadsheet with mistakes, bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture, readBack, root, run, tempDir } from './_cli.mjs';

for (const type of ['services', 'events', 'calls']) {
  test(`templates/${type}.csv imports without a single message and reads back valid`, async () => {
    const { code, stdout, stderr } = await run('import', 'csv', join(root, 'templates', `${type}.csv`), '--type', type);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /:\d+: /, 'no FILE:LINE messages');
    const { feed } = readBack(stdout, assert);
    assert.ok(feed[type].length >= 1);
  });
}

test('a Polish spreadsheet (semicolons, BOM, a line break in a cell) with mistakes: each reported at its line, the rest imported', async () => {
  const file = fixture('import', 'poznan-services.csv');
  const { code, stdout, stderr } = await run(
    'import',
    'csv',
    file,
    '--type',
    'services',
    '--publisher-name',
    'Województwo Wielkopolskie',
    '--publisher-id',
    'wielkopolska',
  );
  assert.equal(code, 1, 'written, with entries skipped or changed');
  const lines = stderr.trim().split('\n');
  const rel = (line) => `${file}:${line}: `;
  assert.deepEqual(lines.slice(0, -1), [
    `${rel(1)}note: times are read in Europe/Warsaw, the time zone of the rows' country (PL); give --time-zone to choose another`,
    `${rel(5)}category "helth" is not known: did you mean "health"?; left out`,
    `${rel(6)}e-mail "ua@example" is not an e-mail address, e.g. info@example.org; e-mail left out`,
    `${rel(8)}no name (the name columns are empty); skipped`,
    `${rel(10)}hours "ma 18-20": "ma" is Dutch for Monday but French for Tuesday: use "mo" or "tu"; hours left out`,
    `${rel(11)}row has 23 values but the header has 22 columns: a value that contains ";" must be in double quotes ("a; b"); skipped`,
  ]);
  assert.match(lines.at(-1), /6 services imported \(2 skipped\)\./);
  const { data, feed } = readBack(stdout, assert);
  assert.deepEqual(data.publisher, { id: 'wielkopolska', name: { pl: 'Województwo Wielkopolskie' } });
  assert.equal(feed.defaultLocale, 'pl');
  assert.deepEqual(feed.locales, ['pl', 'en', 'uk']);
  assert.equal(feed.timeZone, 'Europe/Warsaw');
  const rops = feed.services.find((s) => s.id === 'rops-integracja');
  assert.deepEqual(
    rops.hours,
    [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '15:30' }],
    'PN-PT, 07:30-15:30 as the EU-BELONG page writes it',
  );
  assert.equal(
    rops.description.pl,
    'Informacja i wsparcie dla cudzoziemców w Wielkopolsce.\nProjekt EU-BELONG.',
    'a line break inside a quoted cell',
  );
  assert.deepEqual(rops.categories, ['counselling', 'residence']);
  assert.deepEqual(rops.locations[0].geo, { lat: 52.4082, lon: 16.9335 }, 'decimal commas');
  assert.equal(rops.contacts.url, 'https://www.rops.example.org');
  assert.equal(rops.cost, 'free', '"bezpłatne" is free');
  assert.deepEqual(rops.closures, [
    { from: '2026-12-24', to: '2026-12-26', reason: { pl: 'Boże Narodzenie' } },
    { from: '2027-01-01', reason: { pl: 'Nowy Rok' } },
  ]);
  const hours = (id) => feed.services.find((s) => s.id === id)?.hours;
  assert.deepEqual(
    hours('porady-prawne'),
    [
      { days: ['tu', 'th'], opens: '10:00', closes: '14:00' },
      { days: ['sa'], opens: '09:00', closes: '12:00' },
    ],
    'Polish wt, czw, sob',
  );
  assert.deepEqual(hours('kurs-polskiego'), [{ days: ['mo', 'tu', 'we'], opens: '17:30', closes: '19:30' }], 'Polish pn-śr');
  assert.deepEqual(hours('punkt-ua'), [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], 'Ukrainian Пн-Пт');
  assert.deepEqual(hours('mieszkania'), [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
    { days: ['mo', 'tu', 'th'], opens: '13:00', closes: '16:30' },
  ]);
  assert.equal(hours('kawiarnia'), undefined, 'ambiguous hours left out, the service kept');
  assert.equal(feed.services.find((s) => s.id === 'kurs-polskiego').status, 'temporarily closed');
  assert.deepEqual(feed.services.find((s) => s.id === 'punkt-ua').languages, ['uk', 'pl'], 'a comma-separated list is a list too');
  assert.ok(!feed.services.some((s) => s.id === 'dom-sasiedzki'), 'the shifted row is skipped, not imported with wrong columns');
  assert.deepEqual(feed.categories.map((c) => c.id).sort(), ['community', 'counselling', 'housing', 'language', 'law', 'residence']);
  assert.deepEqual(Object.keys(feed.categories[0].name).sort(), ['en', 'pl', 'uk'], "category names in the feed's languages");
});

test('hours in German, Dutch, French and English in one comma-separated sheet; --language for plain columns', async () => {
  const dir = await tempDir();
  const file = join(dir, 'hours.csv');
  await writeFile(
    file,
    [
      'id,name,hours,categories',
      'a,Beratung,"Mo-Fr 09:00-12:00; Di,Do 13:00-16:30",Gesundheit',
      'b,Spreekuur,"ma-vr 9-17",gezondheid',
      'c,Permanence,"lu-ve 9h-12h, 14h-17h30",',
      'd,Drop-in,"Mon-Fri 9am-5pm; Sat 10am-2pm",',
      'e,Treff,"Mo-Fr 9-12; So geschlossen",',
      'f,Kaputt,"Mo-Fr 9",',
    ].join('\r\n'),
  );
  const { code, stdout, stderr } = await run(
    'import',
    'csv',
    file,
    '--type',
    'services',
    '--language',
    'de',
    '--time-zone',
    'Europe/Berlin',
  );
  assert.equal(code, 1);
  assert.match(stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:7: hours "Mo-Fr 9": "9" has no closing time`));
  const { feed } = readBack(stdout, assert);
  const hours = Object.fromEntries(feed.services.map((s) => [s.id, s.hours]));
  assert.deepEqual(hours.a, [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
    { days: ['tu', 'th'], opens: '13:00', closes: '16:30' },
  ]);
  assert.deepEqual(hours.b, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
  assert.deepEqual(hours.c, [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '14:00', closes: '17:30' },
  ]);
  assert.deepEqual(hours.d, [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
    { days: ['sa'], opens: '10:00', closes: '14:00' },
  ]);
  assert.deepEqual(hours.e, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' }]);
  assert.equal(hours.f, undefined);
  assert.deepEqual(feed.services.find((s) => s.id === 'a').categories, ['health'], 'a category by its German name');
  assert.deepEqual(feed.services.find((s) => s.id === 'b').categories, ['health'], 'and by its Dutch name');
  assert.deepEqual(feed.services[0].name, { de: 'Beratung' });
});

test('events: times in the zone with the right offset in winter and summer, an event without a start skipped, day-first dates', async () => {
  const dir = await tempDir();
  const file = join(dir, 'events.csv');
  await writeFile(
    file,
    '\ufeffid;title.de;start;end;status;attendance_mode\n' +
      'winter;Sprachcafé;2027-01-14 18:00;20:00;;\n' +
      'sommer;Sprachcafé;14.07.2027 18:00;14.07.2027 20:00;abgesagt;hybrid\n' +
      'ohne-start;Fest ohne Datum;;;;\n' +
      'us-datum;Falsches Datum;07/14/2027;;;\n' +
      'ganztags;Stadtteilfest;2027-06-19;2027-06-20;;\n',
  );
  const { code, stdout, stderr } = await run('import', 'csv', file, '--type', 'events', '--time-zone', 'Europe/Berlin');
  assert.equal(code, 1);
  assert.match(stderr, /events\.csv:4: no start \(the start column is empty\); skipped/);
  assert.match(
    stderr,
    /events\.csv:5: start "07\/14\/2027" looks like month\/day: write the date as 2027-07-14 \(year-month-day\); skipped/,
  );
  const { feed } = readBack(stdout, assert);
  const byId = Object.fromEntries(feed.events.map((e) => [e.id, e]));
  assert.equal(byId.winter.start, '2027-01-14T18:00:00+01:00');
  assert.equal(byId.winter.end, '2027-01-14T20:00:00+01:00', 'an end that is a time only is on the start day');
  assert.equal(byId.sommer.start, '2027-07-14T18:00:00+02:00');
  assert.equal(byId.sommer.status, 'cancelled');
  assert.equal(byId.sommer.attendanceMode, 'mixed');
  assert.deepEqual([byId.ganztags.start, byId.ganztags.end], ['2027-06-19', '2027-06-20']);
});

test('bad files exit 2 and write nothing; an existing output stays as it was', async () => {
  const dir = await tempDir();
  const out = join(dir, 'feed.json');
  await writeFile(out, '{"old": true}\n');
  const before = await stat(out);
  const files = {
    'empty.csv': '',
    'header-only.csv': 'id,name\n',
    'sheet.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    'calendar.csv': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
    'feed.csv': '{"version": 1}',
    'calls.csv': 'id,title,deadline\na,Partners wanted,2027-02-23\n',
    'no-name.csv': 'id,description\na,Text\n',
  };
  const expected = {
    'empty.csv': /is empty/,
    'header-only.csv': /has a header but no rows/,
    'sheet.xlsx': /not a text file: it is a zip file \(an \.xlsx, \.ods or \.docx is one\): save the sheet as "CSV UTF-8" first/,
    'calendar.csv': /is an iCalendar file, not CSV: use civic-feed import ics/,
    'feed.csv': /looks like JSON, not CSV/,
    'calls.csv': /looks like a sheet of calls \(it has a deadline column\): use --type calls/,
    'no-name.csv': /no name column/,
  };
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dir, name), content);
    const { code, stdout, stderr } = await run(
      'import',
      'csv',
      join(dir, name),
      '--type',
      'services',
      '--time-zone',
      'Europe/Berlin',
      '-o',
      out,
    );
    assert.equal(code, 2, name);
    assert.equal(stdout, '');
    assert.match(stderr, expected[name], name);
    assert.equal(stderr.trim().split('\n').length, 1, `${name}: one line: ${stderr}`);
  }
  const missing = await run('import', 'csv', join(dir, 'nope.csv'), '--type', 'services', '-o', out);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.csv: no such file/);
  assert.equal(await readFile(out, 'utf8'), '{"old": true}\n', 'the existing output is untouched');
  assert.equal((await stat(out)).mtimeMs, before.mtimeMs);
  const noFolder = await run(
    'import',
    'csv',
    join(root, 'templates/services.csv'),
    '--type',
    'services',
    '-o',
    join(dir, 'missing-folder', 'feed.json'),
  );
  assert.equal(noFolder.code, 2);
  assert.match(noFolder.stderr, /the folder .*missing-folder does not exist/);
});

test('-o writes the file in one step and replaces an old one; nothing else is left in the folder', async () => {
  const dir = await tempDir();
  const out = join(dir, 'feed.json');
  await writeFile(out, 'old');
  const { code, stdout } = await run('import', 'csv', join(root, 'templates/services.csv'), '--type', 'services', '-o', out);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  readBack(await readFile(out, 'utf8'), assert);
  const { readdir } = await import('node:fs/promises');
  assert.deepEqual(await readdir(dir), ['feed.json']);
});
