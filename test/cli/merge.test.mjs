// civic-feed merge: two real-shaped city feeds (Leipzig in German, Poznań in Polish) into one
// network feed; the committed test/fixtures/network-feed.json is that merge, for the widgets' tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture, readBack, run, tempDir } from './_cli.mjs';

const leipzig = fixture('network', 'leipzig.json');
const poznan = fixture('network', 'poznan.json');
const MERGE = ['merge', leipzig, poznan, '--publisher-name', 'EU-BELONG network (example)', '--publisher-id', 'eu-belong'];

test('two city feeds become one: every item keeps its publisher, clashing ids renamed, categories joined, own zones kept', async () => {
  const { code, stdout, stderr } = await run(...MERGE);
  assert.equal(code, 0, 'renames and notes are not losses');
  assert.deepEqual(stderr.trim().split('\n'), [
    `${poznan}: note: its publisher has no id: its items are marked "poznan" (add "publisher": { "id": "poznan", "name": … } to the feed)`,
    `${poznan}:23: note: category "counselling" is "Counselling" in an earlier feed and "Advice" here (en); the first name is kept`,
    `${poznan}:40: note: services id "migration-advice" is also used in ${leipzig}: renamed "poznan-migration-advice" here`,
    '2 feeds merged: 5 services, 3 events, 2 calls, 4 categories, 6 languages.',
  ]);
  const { data, feed } = readBack(stdout, assert);
  assert.deepEqual(data.publisher, { id: 'eu-belong', name: { de: 'EU-BELONG network (example)' } });
  assert.equal(feed.defaultLocale, 'de');
  assert.equal(feed.timeZone, 'Europe/Berlin');
  assert.deepEqual(feed.locales, ['de', 'en', 'ar', 'uk', 'fa', 'pl']);
  const all = [...feed.services, ...feed.events, ...feed.calls];
  assert.ok(
    all.every((item) => item.publisher?.id === 'leipzig' || item.publisher?.id === 'poznan'),
    'every item says whose it is',
  );
  const leipzigPublisher = feed.services[0].publisher;
  assert.deepEqual(leipzigPublisher, {
    id: 'leipzig',
    name: { de: 'Stadt Leipzig', en: 'City of Leipzig' },
    url: 'https://www.leipzig.example',
  });
  const rops = feed.services.find((s) => s.id === 'poznan-migration-advice');
  assert.deepEqual(rops.publisher, {
    name: { pl: 'Regionalny Ośrodek Polityki Społecznej w Poznaniu' },
    url: 'https://www.rops.poznan.example',
    id: 'poznan',
  });
  assert.deepEqual(
    rops.name,
    { pl: 'Punkt informacyjny dla cudzoziemców' },
    'a plain-string text keeps its language (pl) in a German feed',
  );
  assert.deepEqual(rops.closures[0].reason, { pl: 'Boże Narodzenie' });
  assert.equal(rops.timeZone, 'Europe/Warsaw', "another zone than the merged feed's is kept on the item");
  assert.equal(feed.services.find((s) => s.id === 'migration-advice').timeZone, undefined);
  assert.equal(feed.calls.find((c) => c.id === 'amif-school-performance').timeZone, 'Europe/Madrid', "an item's own zone stays");
  assert.deepEqual(feed.events.find((e) => e.id.startsWith('eu-belong')).location.name, { pl: 'ROPS Poznań, sala 105' });
  const health = feed.categories.find((c) => c.id === 'health');
  assert.deepEqual(
    health.name,
    { de: 'Gesundheit', en: 'Health', ar: 'الصحة', uk: "Здоров'я", fa: 'سلامت', pl: 'Zdrowie' },
    "one category, its names in both feeds' languages",
  );
  assert.deepEqual(
    feed.categories.map((c) => c.id),
    ['health', 'language', 'counselling', 'residence'],
  );
});

test('test/fixtures/network-feed.json is the merge of the two city feeds (rebuild it with the command in this test)', async () => {
  const committed = await readFile(fixture('network-feed.json'), 'utf8');
  const { stdout } = await run(...MERGE);
  assert.equal(committed, stdout, `stale: node bin/civic-feed.mjs ${MERGE.join(' ')} -o test/fixtures/network-feed.json`);
});

test('a feed with a bad item: reported at its line, the rest merged (exit 1); a feed that is not one: exit 2', async () => {
  const dir = await tempDir();
  const bad = join(dir, 'trikala.json');
  await writeFile(
    bad,
    JSON.stringify(
      {
        version: 1,
        publisher: { id: 'trikala', name: 'Δήμος Τρικκαίων' },
        defaultLocale: 'el',
        locales: ['el', 'en'],
        timeZone: 'Europe/Athens',
        services: [{ id: 'ok', name: 'Κέντρο Κοινότητας' }, { id: 'no-name' }],
      },
      null,
      2,
    ),
  );
  const merged = await run('merge', leipzig, bad);
  assert.equal(merged.code, 1);
  assert.match(merged.stderr, /trikala\.json:\d+: services\[1\]\.name: missing; skipped/);
  const { feed } = readBack(merged.stdout, assert);
  assert.equal(feed.services.find((s) => s.id === 'ok').publisher.id, 'trikala');
  assert.equal(feed.services.find((s) => s.id === 'ok').timeZone, 'Europe/Athens');
  const out = join(dir, 'network.json');
  await writeFile(out, 'old\n');
  await writeFile(join(dir, 'v2.json'), '{"version": 2}');
  for (const [input, message] of [
    [join(dir, 'v2.json'), /is not a feed that can be merged: version 2 is not supported/],
    [join(dir, 'nope.json'), /no such file/],
    [fixture('import', 'leipzig-cms.ics'), /not JSON/],
  ]) {
    const result = await run('merge', leipzig, input, '-o', out);
    assert.equal(result.code, 2, input);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, message);
  }
  assert.equal(await readFile(out, 'utf8'), 'old\n');
});

test('a city merging its own services and events: one publisher, no publisher on every item', async () => {
  const dir = await tempDir();
  const head = {
    version: 1,
    publisher: { id: 'leipzig', name: 'Stadt Leipzig' },
    defaultLocale: 'de',
    locales: ['de'],
    timeZone: 'Europe/Berlin',
  };
  await writeFile(join(dir, 'services.json'), JSON.stringify({ ...head, services: [{ id: 's', name: 'Beratung' }] }));
  await writeFile(
    join(dir, 'events.json'),
    JSON.stringify({ ...head, events: [{ id: 'e', title: 'Sprachcafé', start: '2027-04-21T18:00:00+02:00' }] }),
  );
  const { code, stdout, stderr } = await run(
    'merge',
    join(dir, 'services.json'),
    join(dir, 'events.json'),
    '--publisher-name',
    'Stadt Leipzig',
    '--publisher-id',
    'leipzig',
  );
  assert.equal(code, 0);
  assert.doesNotMatch(stderr, /note/);
  const { feed } = readBack(stdout, assert);
  assert.equal(feed.services[0].publisher, undefined);
  assert.equal(feed.events[0].publisher, undefined);
  assert.equal(feed.publisher.id, 'leipzig');
});
