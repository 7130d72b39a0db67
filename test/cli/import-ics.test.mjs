// civic-feed import ics: a CMS export with VTIMEZONE and a weekly series, an Outlook export with
// Windows zone names, bad files. --from makes every run independent of today's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture, readBack, run, tempDir } from './_cli.mjs';

const cms = fixture('import', 'leipzig-cms.ics');
const outlook = fixture('import', 'poznan-outlook.ics');
const SERIES = 'sprachcafe-2027@kalender.leipzig.example';

test('a CMS export: a weekly series across the DST change, with a moved, a cancelled, an excluded and an added date', async () => {
  const { code, stdout, stderr } = await run('import', 'ics', cms, '--from', '2027-03-01', '--days', '180');
  assert.equal(code, 1, 'written; an event without a start skipped, a bad URL left out');
  assert.deepEqual(stderr.trim().split('\n').slice(0, -1), [
    `${cms}:68: URL "javascript:alert(1)" is not a web address; left out`,
    `${cms}:87: event "Elternabend (Termin folgt)" has no start (DTSTART); skipped`,
  ]);
  assert.match(stderr.trim().split('\n').at(-1), /20 events from 2027-03-01 to 2027-08-27 imported \(1 skipped\)\./);
  const { feed } = readBack(stdout, assert);
  assert.equal(feed.timeZone, 'Europe/Berlin');
  assert.equal(feed.defaultLocale, 'de', 'the LANGUAGE the calendar uses most');
  assert.deepEqual(feed.locales, ['de', 'en']);
  const series = feed.events.filter((e) => e.id.startsWith(`${SERIES}_`));
  assert.deepEqual(
    series.map((e) => e.start),
    [
      '2027-03-03T18:00:00+01:00',
      '2027-03-10T18:00:00+01:00',
      '2027-03-17T18:00:00+01:00',
      '2027-03-24T18:00:00+01:00',
      '2027-03-31T18:00:00+02:00',
      '2027-04-07T18:00:00+02:00',
      '2027-04-14T18:00:00+02:00',
      '2027-04-21T19:00:00+02:00',
      '2027-04-28T18:00:00+02:00',
      '2027-05-12T18:00:00+02:00',
      '2027-05-19T18:00:00+02:00',
      '2027-05-26T18:00:00+02:00',
      '2027-06-02T18:00:00+02:00',
      '2027-06-09T18:00:00+02:00',
      '2027-06-16T18:00:00+02:00',
      '2027-06-23T18:00:00+02:00',
      '2027-06-30T18:00:00+02:00',
      '2027-07-07T18:00:00+02:00',
    ],
    'weekly at 18:00 local time on both sides of 28 March; 5 May excluded (EXDATE); UNTIL in UTC keeps 30 June; 7 July added (RDATE)',
  );
  const byId = Object.fromEntries(feed.events.map((e) => [e.id, e]));
  const moved = byId[`${SERIES}_20270421T1800`];
  assert.equal(moved.end, '2027-04-21T21:00:00+02:00');
  assert.deepEqual(
    moved.title,
    { de: 'Sprachcafé – heute im Rathaus', en: 'Language café – today at the town hall' },
    'the RECURRENCE-ID override replaces the instance',
  );
  assert.deepEqual(moved.location.name, { de: 'Neues Rathaus, Festsaal' });
  assert.equal(byId[`${SERIES}_20270526T1800`].status, 'cancelled', 'a cancelled instance stays, as cancelled');
  assert.equal(byId[`${SERIES}_20270505T1800`], undefined);
  const first = byId[`${SERIES}_20270303T1800`];
  assert.deepEqual(first.title, { de: 'Sprachcafé im Stadtteilzentrum', en: 'Language café' }, 'SUMMARY;LANGUAGE=… per language');
  assert.equal(
    first.description.de,
    'Deutsch sprechen bei Kaffee und Tee.\nOhne Anmeldung – alle sind willkommen!',
    'HTML in DESCRIPTION becomes text; folded lines joined',
  );
  assert.deepEqual(first.location, {
    name: { de: 'Stadtteilzentrum Ost, Eisenbahnstraße 49, 04315 Leipzig' },
    geo: { lat: 51.3452, lon: 12.4044 },
  });
  assert.equal(first.url, 'https://www.leipzig.example/sprachcafe');
  assert.deepEqual(first.categories, ['language', 'community'], 'CATEGORIES by their German names');
  assert.deepEqual(first.organizer, { name: { de: 'Referat für Migration und Integration' }, url: 'mailto:migration@leipzig.example' });
  assert.equal(first.timeZone, undefined, "in the feed's zone");
  const infoabend = byId['infoabend-anerkennung-2027@kalender.leipzig.example'];
  assert.equal(infoabend.url, undefined);
  assert.deepEqual(infoabend.categories, ['jobs']);
  const fest = byId['stadtteilfest-2027@kalender.leipzig.example'];
  assert.deepEqual([fest.start, fest.end], ['2027-06-19', '2027-06-20'], 'an all-day event: DTEND is the day after its last day');
  assert.ok(!feed.events.some((e) => e.id.startsWith('neujahrsempfang-2026')), 'an event before the window is left out');
  assert.deepEqual(
    feed.categories.map((c) => c.id),
    ['language', 'community', 'jobs'],
  );
});

test('instance ids stay the same across runs and windows', async () => {
  const a = JSON.parse((await run('import', 'ics', cms, '--from', '2027-03-01', '--days', '180')).stdout);
  const b = JSON.parse((await run('import', 'ics', cms, '--from', '2027-03-01', '--days', '180')).stdout);
  assert.deepEqual(a, b, 'the same calendar gives the same feed');
  const later = JSON.parse((await run('import', 'ics', cms, '--from', '2027-05-01', '--days', '30')).stdout);
  const ids = later.events.map((e) => e.id);
  assert.deepEqual(ids, [`${SERIES}_20270512T1800`, `${SERIES}_20270519T1800`, `${SERIES}_20270526T1800`]);
  for (const event of later.events)
    assert.deepEqual(
      event,
      a.events.find((e) => e.id === event.id),
    );
});

test('an Outlook export: Windows zone names, a custom VTIMEZONE, Teams links, all-day events', async () => {
  const { code, stdout, stderr } = await run('import', 'ics', outlook, '--from', '2027-03-01', '--days', '90');
  assert.equal(code, 0, stderr);
  const { feed } = readBack(stdout, assert);
  assert.equal(feed.timeZone, 'Europe/Warsaw', '"Central European Standard Time", the zone most events use');
  assert.equal(feed.defaultLocale, 'pl');
  const byTitle = (t) => feed.events.filter((e) => Object.values(e.title)[0].startsWith(t));
  const consultations = byTitle('Dyżur');
  assert.equal(consultations.length, 8, 'COUNT=8');
  assert.deepEqual(
    consultations.slice(3, 5).map((e) => [e.start, e.end]),
    [
      ['2027-03-23T07:30:00+01:00', '2027-03-23T15:30:00+01:00'],
      ['2027-03-30T07:30:00+02:00', '2027-03-30T15:30:00+02:00'],
    ],
  );
  assert.match(consultations[0].id, /^040000008200E00074C5B7101A82E008.*_20270302T0730$/);
  assert.deepEqual(consultations[0].location, { name: { pl: 'ROPS Poznań, ul. Nowowiejskiego 11, sala 105' } });
  const [webinar] = byTitle('Webinar');
  assert.equal(webinar.start, '2027-03-18T15:00:00+01:00');
  assert.equal(webinar.timeZone, 'Europe/Berlin', '"W. Europe Standard Time" without a VTIMEZONE still gives the zone');
  assert.deepEqual(webinar.online, { url: 'https://teams.example.com/l/meetup-join/19%3ameeting_abc' });
  assert.equal(webinar.attendanceMode, 'online', '"Microsoft Teams" is no place');
  assert.equal(webinar.location, undefined);
  const [trikala] = byTitle('Partner meeting');
  assert.equal(trikala.start, '2027-03-30T09:30:00+03:00');
  assert.equal(trikala.timeZone, 'Europe/Bucharest', 'GTB Standard Time');
  const [custom] = byTitle('Call with');
  assert.equal(custom.start, '2027-03-29T10:00:00+03:00', 'a zone only the file defines: offsets from its rules');
  const [openDay] = byTitle('Dzień otwarty');
  assert.deepEqual([openDay.start, openDay.end], ['2027-04-01', undefined]);
});

test('times without a zone in a calendar that names none: exit 2 with what to do; --time-zone reads them', async () => {
  const dir = await tempDir();
  const file = join(dir, 'floating.ics');
  await writeFile(
    file,
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270415T180000\r\nSUMMARY:Treffen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  );
  const bare = await run('import', 'ics', file, '--from', '2027-04-01');
  assert.equal(bare.code, 2);
  assert.match(bare.stderr, /floating\.ics:3: the event's times have no time zone and the calendar names none: give one with --time-zone/);
  const zoned = await run('import', 'ics', file, '--from', '2027-04-01', '--time-zone', 'Europe/Berlin', '--language', 'de');
  assert.equal(zoned.code, 0, zoned.stderr);
  assert.equal(JSON.parse(zoned.stdout).events[0].start, '2027-04-15T18:00:00+02:00');
  const badZone = await run('import', 'ics', file, '--time-zone', 'Europe/Berlinn');
  assert.equal(badZone.code, 2);
  assert.match(badZone.stderr, /--time-zone "Europe\/Berlinn" is not a time zone: did you mean "Europe\/Berlin"\?/);
  const windows = await run('import', 'ics', file, '--time-zone', 'W. Europe Standard Time');
  assert.match(windows.stderr, /--time-zone "W\. Europe Standard Time" is a Windows name: write Europe\/Berlin/);
  const from = await run('import', 'ics', file, '--from', '15.04.2027');
  assert.match(from.stderr, /--from "15\.04\.2027" is not a date: write it as YYYY-MM-DD/);
});

test('bad files exit 2, write nothing, and leave an existing output as it was', async () => {
  const dir = await tempDir();
  const out = join(dir, 'events.json');
  await writeFile(out, 'previous feed\n');
  const files = {
    'empty.ics': ['', /is empty/],
    'binary.ics': [Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]), /not a text file: it is a PDF/],
    'sheet.ics': ['id,title,start\na,Fest,2027-06-19\n', /is not an iCalendar file: it looks like CSV/],
    'feed.ics': ['{"version":1}', /is not an iCalendar file: it looks like JSON/],
    'nothing-readable.ics': [
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Ohne Datum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      /no event could be imported, nothing was written: line 2: event "Ohne Datum" has no start \(DTSTART\); skipped/,
    ],
  };
  for (const [name, [content, message]] of Object.entries(files)) {
    await writeFile(join(dir, name), content);
    const { code, stdout, stderr } = await run('import', 'ics', join(dir, name), '--from', '2027-01-01', '-o', out);
    assert.equal(code, 2, name);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, `${name}: ${stderr}`);
    assert.match(stderr, message, name);
  }
  const missing = await run('import', 'ics', join(dir, 'missing.ics'), '-o', out);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /missing\.ics: no such file/);
  assert.equal(await readFile(out, 'utf8'), 'previous feed\n');
});
