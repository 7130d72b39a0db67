// The demo feed generator: valid for the browser's rules, realistic, always has upcoming items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDemoFeed } from '../../scripts/make-demo-feed.mjs';
import { readFeed } from './_cli.mjs';

for (const today of ['2027-04-12', '2026-11-23', '2030-03-31']) {
  test(`the demo feed for ${today} is valid, with upcoming events and open calls`, () => {
    const { feed, error, warnings } = readFeed(makeDemoFeed(today), { src: 'demo' });
    assert.equal(error, undefined);
    assert.deepEqual(warnings, []);
    const now = Date.parse(`${today}T08:00:00Z`);
    const upcoming = feed.events.filter((e) => Date.parse(e.end ?? e.start) > now);
    assert.ok(upcoming.length >= 10, `${upcoming.length} upcoming events`);
    const open = feed.calls.filter((c) => c.status !== 'closed' && Date.parse(c.deadline) > now);
    assert.ok(open.length >= 3, `${open.length} open calls`);
  });
}

test('the demo feed covers ≥ 6 cities, every category, 6 languages and each event state', () => {
  const feed = makeDemoFeed('2027-04-12');
  const cities = new Set(feed.services.map((s) => s.locations[0].address.city));
  assert.ok(cities.size >= 6, [...cities].join(', '));
  for (const c of ['Leipzig', 'Aydın', 'Trikala', 'Lund', 'Palermo', 'Sandefjord', 'Poznań']) assert.ok(cities.has(c), c);
  assert.ok(feed.services.length >= 40);
  for (const id of ['health', 'education', 'language', 'training', 'law', 'housing', 'jobs', 'residence']) {
    assert.ok(
      feed.services.some((s) => s.categories.includes(id)),
      `a service in ${id}`,
    );
  }
  for (const lang of ['de', 'en', 'ar', 'uk', 'tr', 'fa']) {
    assert.ok(feed.locales.includes(lang));
    assert.ok(
      feed.services.every((s) => s.name[lang]),
      `every service name in ${lang}`,
    );
  }
  const statuses = new Set(feed.events.map((e) => e.status ?? 'scheduled'));
  for (const s of ['cancelled', 'postponed', 'rescheduled', 'scheduled']) assert.ok(statuses.has(s), s);
  assert.ok(
    feed.events.some((e) => e.online && !e.location),
    'an online-only event',
  );
  assert.ok(feed.events.some((e) => e.id.startsWith('urban-academy')));
  assert.ok(feed.events.some((e) => e.id.startsWith('mentoring-visit')));
  assert.deepEqual(feed.calls.map((c) => c.id).slice(0, 3), [
    'amif-school-performance',
    'eurocities-mentoring-visits',
    'izmir-vulnerable-people',
  ]);
  const poznan = feed.services.find((s) => s.id === 'poznan-contact');
  assert.deepEqual(poznan.hours, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '15:30' }]);
});

test('the demo feed is a network feed with two publishers, holidays and a temporarily closed service', () => {
  const today = '2027-04-12';
  const feed = makeDemoFeed(today);
  const whose = (item) => (item.publisher ?? feed.publisher).id;
  for (const list of [
    feed.services,
    feed.events,
    feed.calls.filter((c) => c.status !== 'closed' && Date.parse(c.deadline) > Date.parse(today)),
  ]) {
    assert.deepEqual([...new Set(list.map(whose))].sort(), ['ifc', 'poznan']);
  }
  assert.ok(feed.services.filter((s) => s.id.startsWith('poznan-')).every((s) => s.publisher.id === 'poznan'));
  const leipzig = feed.services.filter((s) => s.id.startsWith('leipzig-'));
  assert.ok(
    leipzig.every((s) => s.closures.some((c) => c.from === '2027-12-24' && c.to === '2027-12-26')),
    'Christmas in Leipzig',
  );
  assert.ok(
    feed.services.some((s) => s.closures?.some((c) => c.hours)),
    'a holiday with its own hours',
  );
  const training = feed.services.find((s) => s.id === 'leipzig-counselling').closures[0];
  assert.deepEqual([training.from, training.to], [today, '2027-04-13']);
  assert.deepEqual(
    feed.services.filter((s) => s.status === 'temporarily closed').map((s) => s.id),
    ['leipzig-housing'],
  );
  const modes = new Set(feed.events.map((e) => e.attendanceMode));
  for (const mode of ['offline', 'online', 'mixed']) assert.ok(modes.has(mode), mode);
  assert.ok(feed.events.filter((e) => e.url).length >= 5, 'events with their own page');
});

test('the generator is deterministic for a given day', () => {
  assert.equal(JSON.stringify(makeDemoFeed('2027-04-12')), JSON.stringify(makeDemoFeed('2027-04-12')));
  assert.notEqual(JSON.stringify(makeDemoFeed('2027-04-12')), JSON.stringify(makeDemoFeed('2027-04-13')));
});
