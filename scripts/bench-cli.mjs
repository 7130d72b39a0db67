#!/usr/bin/env node
/**
 * Speed of the feed tools (budget: 3 s each): `civic-feed import csv` of 10,000 service rows and
 * `civic-feed import ics` of a calendar with 2,000 instances (40 weekly series over a year, with
 * changed and cancelled dates), each read, converted, checked by readFeed and written to a file.
 * Runs the built CLI (dist/cli/civic-feed.js; `npm run bench` builds it) in this process, and once
 * as a fresh `node bin/civic-feed.mjs` process (start-up included). Not a test: it never fails on a
 * slow machine.
 *   node scripts/bench-cli.mjs [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../dist/cli/civic-feed.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const BUDGET_MS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'civic-feed-bench-'));

// 10,000 rows as a city's spreadsheet has them: three languages, an address, hours in words (140 different texts).
const HOURS = ['Mo-Fr 09:00-12:00; Di,Do 13:00-16:30', 'ma-vr 9-17', 'lu-ve 9h-12h, 14h-17h30', 'PN-PT, 07:30-15:30', 'Mo, Mi 10-14 Uhr'];
const CATEGORIES = ['health', 'language; community', 'counselling; residence', 'jobs', 'housing'];
const header =
  'id;name.de;name.en;name.ar;description.de;categories;languages;street;postal_code;city;country;lat;lon;phone;email;website;hours;closures;status';
const rows = Array.from({ length: 10_000 }, (_, i) =>
  [
    `service-${i}`,
    `Beratungsstelle ${i}`,
    `Advice centre ${i}`,
    `مركز الاستشارات ${i}`,
    `"Beratung zu Aufenthalt, Arbeit und Wohnen; Termine nach Vereinbarung.\nAuch ohne Termin."`,
    `"${CATEGORIES[i % 5]}"`,
    '"de; en; ar"',
    `Prager Straße ${i % 300}`,
    '04317',
    'Leipzig',
    'DE',
    (51.3 + (i % 100) / 1000).toFixed(4),
    (12.37 + (i % 70) / 1000).toFixed(4),
    '+49 341 123 4567',
    `info${i}@example.org`,
    `www.example.org/s/${i}`,
    `"${HOURS[i % 5]}; Sa ${8 + (i % 4)}-${12 + (i % 7)}"`,
    '"2026-12-24 to 2026-12-26 Weihnachten"',
    'active',
  ].join(';'),
);
const csv = join(dir, 'services.csv');
writeFileSync(csv, `\ufeff${header}\r\n${rows.join('\r\n')}\r\n`);

// 40 weekly series over a year (2,080 instances), each with a changed and a cancelled date.
const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', 'X-WR-TIMEZONE:Europe/Berlin'];
for (let s = 0; s < 40; s++) {
  const day = String(4 + (s % 7)).padStart(2, '0');
  const uid = `series-${s}@bench.example`;
  lines.push(
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART;TZID=Europe/Berlin:202701${day}T${String(8 + (s % 10)).padStart(2, '0')}0000`,
    `DTEND;TZID=Europe/Berlin:202701${day}T${String(10 + (s % 10)).padStart(2, '0')}0000`,
  );
  lines.push(
    'RRULE:FREQ=WEEKLY;COUNT=52',
    `SUMMARY;LANGUAGE=de:Kurs ${s}`,
    `SUMMARY;LANGUAGE=en:Course ${s}`,
    'LOCATION:Volkshochschule\\, Löhrstraße 3-7',
    'CATEGORIES:Sprachkurse',
    'END:VEVENT',
  );
  for (const [week, status] of [
    [10, 'CONFIRMED'],
    [20, 'CANCELLED'],
  ]) {
    const d = new Date(Date.UTC(2027, 0, Number(day) + 7 * week));
    const date = d.toISOString().slice(0, 10).replace(/-/g, '');
    const hour = String(8 + (s % 10)).padStart(2, '0');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `RECURRENCE-ID;TZID=Europe/Berlin:${date}T${hour}0000`,
      `DTSTART;TZID=Europe/Berlin:${date}T${hour}3000`,
      `DTEND;TZID=Europe/Berlin:${date}T${String(Number(hour) + 2).padStart(2, '0')}3000`,
      `SUMMARY:Kurs ${s} (geändert)`,
      `STATUS:${status}`,
      'END:VEVENT',
    );
  }
}
lines.push('END:VCALENDAR');
const ics = join(dir, 'events.ics');
writeFileSync(ics, `${lines.join('\r\n')}\r\n`);

const quiet = { stdout: { write() {} }, stderr: { write() {} } };
const cases = [
  [
    'import csv, 10,000 service rows',
    ['import', 'csv', csv, '--type', 'services', '--time-zone', 'Europe/Berlin', '-o', join(dir, 'services.json')],
  ],
  [
    'import ics, 2,080 instances of 40 series',
    ['import', 'ics', ics, '--from', '2027-01-01', '--days', '365', '-o', join(dir, 'events.json')],
  ],
];
const results = [];
for (const [name, args] of cases) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const code = await main(args, quiet);
    times.push(performance.now() - start);
    if (code > 1) throw new Error(`${name}: exit ${code}`);
  }
  times.sort((a, b) => a - b);
  results.push([`${name} (median of ${runs})`, times[Math.floor(runs / 2)]]);
  const start = performance.now();
  execFileSync(process.execPath, ['bin/civic-feed.mjs', ...args], { stdio: 'ignore' });
  results.push([`${name}, a fresh process`, performance.now() - start]);
}
const width = Math.max(...results.map(([n]) => n.length));
for (const [name, ms] of results)
  console.log(`  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms  ≤ ${BUDGET_MS} ms  ${ms <= BUDGET_MS ? 'ok' : 'OVER'}`);
