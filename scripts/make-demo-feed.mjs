#!/usr/bin/env node
/**
 * Writes the sample feed demo/feed.json (git-ignored; `npm start` and `npm run dev` write it):
 * services, events and partner calls for the cities of the Immigrant Friendly Cities app (Aydın,
 * Leipzig, Trikala, Lund, Palermo, Sandefjord), published by the network, and Poznań's (EU-BELONG),
 * published by the City of Poznań: a network's merged feed with two publishers, in en, de, ar, uk,
 * tr and fa. Holidays close the Leipzig and Poznań services or shorten their hours; a Leipzig office
 * is closed for staff training today and tomorrow, and one service is temporarily closed.
 *
 * The data is in demo/data/*.json. Dates there are written relative to a day, so the demo always
 * has upcoming events and open calls: `{today+3}` is a date, `{today+3 10:00}` that wall time in
 * the item's `timeZone` with the zone's offset, `{year}` / `{year+1}` the year of today and the next.
 *   node scripts/make-demo-feed.mjs [--today 2027-04-12] [--out demo/feed.json]
 * The output is deterministic for a given day (no randomness, no clock but --today/now).
 * Contacts are fictitious (example.org / example.com, made-up numbers).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';

// The time code the widgets use (the script runs in plain Node, so tsx loads the TypeScript).
const { zonedIso } = await tsImport('../src/time/zoned-time.ts', import.meta.url);
const { addDaysToDateKey, dateKeyParts } = await tsImport('../src/time/date-keys.ts', import.meta.url);

const data = (name) => JSON.parse(readFileSync(new URL(`../demo/data/${name}.json`, import.meta.url), 'utf8'));
const CITIES = data('cities');
const PUBLISHERS = data('publishers');
const CATEGORIES = data('categories');
const SERVICES = data('services');
const EVENTS = data('events');
const CALLS = data('calls');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/**
 * `value` with its date markers written out for `today`; wall times are read in `timeZone`.
 * @param {unknown} value
 * @param {string} today
 * @param {string | undefined} timeZone
 */
function withDates(value, today, timeZone) {
  if (typeof value === 'string') {
    return value
      .replace(/\{today([+-]\d+)? (\d{2}):(\d{2})\}/g, (_, days, hour, minute) => {
        if (!timeZone) throw new Error(`${value}: a wall time needs the item's timeZone`);
        const [y, m, d] = dateKeyParts(addDaysToDateKey(today, Number(days ?? 0)));
        return zonedIso(y, m, d, Number(hour), Number(minute), timeZone);
      })
      .replace(/\{today([+-]\d+)?\}/g, (_, days) => addDaysToDateKey(today, Number(days ?? 0)))
      .replace(/\{year([+-]\d+)?\}/g, (_, years) => String(Number(today.slice(0, 4)) + Number(years ?? 0)));
  }
  if (Array.isArray(value)) return value.map((v) => withDates(v, today, timeZone));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDates(v, today, timeZone)]));
  return value;
}

/** `text` in each language with the city's name after it: "Language café – Leipzig". */
function withCity(text, city) {
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} – ${city.name[lang] ?? city.name.en}`]));
}

const round = (x) => Math.round(x * 10_000) / 10_000;

/** One service per entry of `byCity`, from its template, with made-up but varied contacts and places. */
function makeServices(today) {
  const { templates, byCity, languagesByService, free, holidays, staffTraining, changes } = SERVICES;
  const out = [];
  let n = 0;
  for (const [cityId, services] of Object.entries(byCity)) {
    const city = CITIES[cityId];
    Object.entries(services).forEach(([key, org], i) => {
      const t = templates[key];
      n++;
      const [lat, lon] = city.geo;
      const street = city.streets[i % city.streets.length];
      const speaks = city.speaks.slice(0, Math.min(city.speaks.length, languagesByService[key] ?? 2 + (n % 3)));
      const service = {
        id: `${cityId}-${key}`,
        name: withCity(t.name, city),
        description: t.description,
        categories: t.categories,
        organization: { name: org ?? city.org, url: `https://${cityId}.example.org/` },
        languages: speaks,
        cost: t.cost ?? (free.includes(key) ? 'free' : undefined),
        ...(t.eligibility && { eligibility: t.eligibility }),
        ...(t.howToApply && { howToApply: t.howToApply }),
        timeZone: city.zone,
        locations: [
          {
            address: { street, postalCode: city.postalCode, city: city.name[city.local] ?? city.name.en, country: city.country },
            geo: { lat: round(lat + ((n % 7) - 3) * 0.0041), lon: round(lon + ((n % 5) - 2) * 0.0057) },
            ...(n % 3 === 0 && { accessibility: SERVICES.accessibility }),
          },
        ],
        contacts: {
          phone: `${city.phone} ${String(100 + n * 7).padStart(3, '0')} ${String(10 + (n % 90)).padStart(2, '0')}`,
          email: `${key}.${cityId}@example.org`,
          url: `https://${cityId}.example.org/${key}`,
        },
        hours: t.hours.map(([days, opens, closes]) => ({ days, opens, closes })),
        keywords: t.keywords,
        updated: addDaysToDateKey(today, -((n * 11) % 60) - 1),
      };
      if (service.cost === undefined) delete service.cost;
      if (holidays[cityId]) service.closures = withDates(holidays[cityId], today);
      // Closed today and tomorrow: "open now" and the details show a closure at any time of year.
      if (service.id === 'leipzig-counselling')
        service.closures.unshift({ from: today, to: addDaysToDateKey(today, 1), reason: staffTraining });
      Object.assign(service, changes[service.id]);
      if (cityId === 'poznan') service.publisher = PUBLISHERS.poznan;
      out.push(service);
    });
  }
  return out;
}

/** The demo feed with its dates around `today` (`YYYY-MM-DD`). */
export function makeDemoFeed(today) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got ${today}`);
  return {
    $schema: '../schema/feed.schema.json',
    version: 1,
    publisher: PUBLISHERS.network,
    defaultLocale: 'en',
    locales: ['en', 'de', 'ar', 'uk', 'tr', 'fa'],
    timeZone: 'Europe/Berlin',
    updated: today,
    categories: CATEGORIES,
    services: makeServices(today),
    events: EVENTS.map((event) => withDates(event, today, event.timeZone)),
    calls: CALLS.map((call) => withDates(call, today, call.timeZone)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const today = arg('today') ?? new Date().toISOString().slice(0, 10);
  const out = arg('out') ?? new URL('../demo/feed.json', import.meta.url).pathname;
  const feed = makeDemoFeed(today);
  await writeFile(out, `${JSON.stringify(feed, null, 2)}\n`);
  console.log(
    `wrote ${out}: ${feed.services.length} services, ${feed.events.length} events, ${feed.calls.length} calls, dates relative to ${today}`,
  );
}
