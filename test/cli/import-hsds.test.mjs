// civic-feed import hsds: an HSDS 3.0 tabular data package and the JSON service_full shape,
// both written after the specification's examples (Leeds and Gothenburg are made up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture, readBack, run, tempDir } from './_cli.mjs';

const leeds = fixture('import', 'hsds-leeds');
const goteborg = fixture('import', 'hsds-goteborg.json');

test('a tabular data package: services with their organization, locations, phones, languages, schedules, categories and status', async () => {
  for (const input of [leeds, join(leeds, 'datapackage.json')]) {
    const { code, stdout, stderr } = await run('import', 'hsds', input, '--from', '2026-11-01');
    assert.equal(code, 1, stderr);
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      `${input}: note: opening hours are read in Europe/London, the time zone of the addresses' country (GB); give --time-zone to choose another`,
      `${leeds}/locations.csv:4: location "Health bus stop, Harehills Lane": latitude 100, longitude 101 is not a position on Earth; map position left out`,
      `${leeds}/phones.csv:4: phone "call the health line" is not a phone number: digits, spaces and + ( ) - / only, e.g. +49 341 123 4567; left out`,
      `${leeds}/schedules.csv:6: schedule "g1-0005": freq "YEARLY" cannot be shown as opening hours (WEEKLY, MONTHLY and DAILY can); left out`,
      `${leeds}/schedules.csv:7: schedule "g1-0006": no opening and closing time (opens_at "", closes_at ""); its description says "Fridays, times vary by stop"; left out`,
      `${leeds}/services.csv:6: service without a name; skipped`,
    ]);
    const { feed } = readBack(stdout, assert);
    assert.equal(feed.timeZone, 'Europe/London');
    const [dropIn, esol, bus, old] = feed.services;
    assert.deepEqual(dropIn.name, { en: 'Asylum and refugee advice drop-in' });
    assert.deepEqual(dropIn.organization, { name: { en: 'Leeds Refugee Forum' }, url: 'https://leedsrefugeeforum.example' });
    assert.deepEqual(dropIn.languages, ['ar', 'fa', 'ur', 'ti'], 'ISO 639-3 codes and a name without a code');
    assert.equal(dropIn.cost, 'free');
    assert.equal(dropIn.contacts.phone, '+44 113 496 0001', 'quotes around the number dropped');
    assert.deepEqual(dropIn.locations, [
      {
        name: { en: "St Aidan's Community Hall" },
        address: { street: 'Roundhay Road, Harehills', postalCode: 'LS8 5AA', city: 'Leeds', country: 'GB' },
        geo: { lat: 53.8066, lon: -1.5237 },
      },
    ]);
    assert.deepEqual(dropIn.hours, [{ days: ['mo', 'we'], opens: '10:00', closes: '13:00' }]);
    assert.deepEqual(
      dropIn.closures,
      [
        { from: '2026-12-21', to: '2026-12-25', hours: [{ opens: '10:00', closes: '12:00' }] },
        { from: '2026-12-28', to: '2027-01-01', hours: [{ opens: '10:00', closes: '12:00' }] },
      ],
      'the Christmas timetable (valid_from/valid_to) as closures with other hours',
    );
    assert.deepEqual(dropIn.categories, ['advice']);
    assert.equal(dropIn.updated, '2026-11-03');
    assert.deepEqual(esol.hours, [{ days: ['tu', 'th'], opens: '18:00', closes: '20:00' }], "18:00:00Z is London's own time in winter");
    assert.deepEqual(
      esol.closures.map((c) => c.from),
      ['2026-11-07', '2026-12-05', '2027-01-02', '2027-02-06', '2027-03-06', '2027-04-03', '2027-05-01', '2027-06-05'],
      'MONTHLY 1SA: the first Saturdays until June',
    );
    assert.deepEqual(esol.closures[0].hours, [{ opens: '09:00', closes: '12:00' }]);
    assert.deepEqual(esol.categories, ['education'], 'a term named like a known category gets its id; an eligibility term is no category');
    assert.equal(esol.locations[0].address.street, 'Municipal Buildings, Calverley Street', 'the physical address, not the postal one');
    assert.equal(
      esol.locations[0].accessibility.en,
      'Step-free entrance on Calverley Street; lift to all floors. Hearing loop at the main desk.',
    );
    assert.equal(esol.contacts.phone, '0113 496 0002', "the location's phone when the service has none");
    assert.equal(bus.status, 'temporarily closed');
    assert.equal(bus.locations[0].geo, undefined);
    assert.equal(old.status, 'inactive', 'defunct');
    assert.deepEqual(
      feed.categories.map((c) => c.id),
      ['advice', 'education', 'health'],
    );
  }
});

test('JSON in the service_full shape (a paged list): offsets, summer timetable, taxonomy mapping file', async () => {
  const { code, stdout, stderr } = await run(
    'import',
    'hsds',
    goteborg,
    '--from',
    '2027-01-15',
    '--language',
    'sv',
    '--time-zone',
    'Europe/Stockholm',
    '--categories',
    fixture('import', 'hsds-categories.csv'),
  );
  assert.equal(code, 1);
  assert.match(
    stderr,
    new RegExp(`${goteborg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:159: url "javascript:void\\(0\\)" is not a web address; left out`),
    'the line of the service object',
  );
  const { feed } = readBack(stdout, assert);
  assert.equal(feed.defaultLocale, 'sv');
  const [centre, sfi] = feed.services;
  assert.deepEqual(
    centre.hours,
    [
      { days: ['fr'], opens: '09:00', closes: '12:00' },
      { days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '16:00' },
    ],
    '09:00+01:00 and timezone 1 are Stockholm time',
  );
  assert.deepEqual(
    centre.closures.slice(0, 3),
    [
      { from: '2027-06-24', to: '2027-06-25' },
      { from: '2027-06-28', hours: [{ opens: '10:00', closes: '14:00' }] },
      { from: '2027-06-29' },
    ],
    'the summer timetable replaces the weekly one',
  );
  assert.deepEqual(centre.languages, ['ar', 'fa-AF', 'ti', 'sv']);
  assert.deepEqual(centre.locations[0].geo, { lat: 57.7089, lon: 11.9696 });
  assert.deepEqual(centre.categories, ['counselling'], 'mapped by code');
  assert.deepEqual(sfi.categories, ['language'], 'mapped by term id');
  assert.equal(sfi.cost, 'free', 'a cost option of 0');
  assert.equal(sfi.contacts.url, undefined);
  assert.deepEqual(feed.categories, [
    { id: 'counselling', name: { sv: 'Rådgivning' } },
    { id: 'language', name: { sv: 'Språkkurser' } },
  ]);
});

test('one service_full object, and a folder without a data package', async () => {
  const dir = await tempDir();
  const page = JSON.parse(await readFile(goteborg, 'utf8'));
  await writeFile(join(dir, 'service.json'), JSON.stringify(page.contents[1], null, 2));
  const one = await run(
    'import',
    'hsds',
    join(dir, 'service.json'),
    '--time-zone',
    'Europe/Stockholm',
    '--language',
    'sv',
    '--from',
    '2027-01-15',
  );
  assert.equal(one.code, 1, one.stderr);
  assert.equal(readBack(one.stdout, assert).feed.services[0].name.sv, 'Svenska för invandrare (SFI)');
  const tables = join(dir, 'export');
  await mkdir(tables);
  for (const name of ['services.csv', 'organizations.csv']) await writeFile(join(tables, name), await readFile(join(leeds, name)));
  const bare = await run('import', 'hsds', tables, '--time-zone', 'Europe/London');
  assert.equal(bare.code, 1, bare.stderr);
  assert.equal(readBack(bare.stdout, assert).feed.services.length, 4);
});

test('bad inputs exit 2 and write nothing', async () => {
  const dir = await tempDir();
  const out = join(dir, 'feed.json');
  await writeFile(out, 'kept\n');
  await writeFile(join(dir, 'empty.json'), '');
  await writeFile(join(dir, 'feed.json.in'), '{"version": 1, "defaultLocale": "en", "locales": ["en"]}');
  await writeFile(join(dir, 'broken.json'), '{"contents": [ {"name": "x",} ]}');
  await writeFile(join(dir, 'other.json'), '{"hello": "world"}');
  await mkdir(join(dir, 'photos'));
  await writeFile(join(dir, 'photos', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const cases = [
    [join(dir, 'empty.json'), /is empty/],
    [join(dir, 'feed.json.in'), /is a civic-widgets feed already, not HSDS/],
    [join(dir, 'broken.json'), /not JSON: trailing comma: remove the comma after the last field \(1:28\)/],
    [join(dir, 'other.json'), /no HSDS services in this JSON/],
    [join(dir, 'photos'), /no datapackage\.json and no services\.csv in this folder/],
    [join(dir, 'nothing-here'), /no such file or folder/],
    [join(leeds, 'services.csv'), /give the folder of the HSDS tables/],
  ];
  for (const [input, message] of cases) {
    const { code, stdout, stderr } = await run('import', 'hsds', input, '--time-zone', 'Europe/London', '-o', out);
    assert.equal(code, 2, input);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, message, input);
  }
  const page = JSON.parse(await readFile(goteborg, 'utf8'));
  await writeFile(join(dir, 'no-address.json'), JSON.stringify(page.contents[1]));
  const noZone = await run('import', 'hsds', join(dir, 'no-address.json'), '-o', out);
  assert.equal(noZone.code, 2);
  assert.match(noZone.stderr, /which time zone are the opening hours in\? add --time-zone/);
  assert.equal(await readFile(out, 'utf8'), 'kept\n');
});
