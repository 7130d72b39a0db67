#!/usr/bin/env node
/**
 * `npm run i18n:check`: fails (exit 1) when the UI translations are not ready to ship.
 *
 * - a `msg()` in src/ has no unit in a locale's XLIFF (run `npm run i18n:extract`), or the unit
 *   has no `<target>` or an empty one (a translator must fill it in);
 * - a target's placeholders differ from its source's: a missing or extra `<x id=…>` (an
 *   expression such as `${count}` or a piece of HTML), or a literal `${…}` typed into the text;
 * - a translation is longer than the room the pseudo-locales test (`roomFor` in
 *   scripts/i18n-pseudo.mjs: 40 % more than the English plus 10 characters, or the unit's
 *   `maxwidth`): it may not fit; shorten it, or check the place holds more and set `maxwidth`;
 * - a target has no `state` (drafts are `needs-review-translation` until a native speaker has
 *   reviewed them; then `translated`, `signed-off` or `final`);
 * - the pseudo-locales (locales/en-XA.xlf, ar-XB.xlf) are stale (run `npm run i18n:extract`);
 * - src/generated/ is stale: a fresh `lit-localize build` would write something else
 *   (run `npm run i18n:build`).
 * Units left in an XLIFF for strings no longer in the source are reported but do not fail.
 * It ends with each language's review status (the table in locales/README.md).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { PSEUDO_LOCALES, maxwidths, pseudoXliff, roomFor, width } from './i18n-pseudo.mjs';

const root = resolve(import.meta.dirname, '..');
const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
const problems = [];
const notes = [];

const localizer = new RuntimeLitLocalizer(config);
const { messages: sources, errors } = localizer.extractSourceMessages();
for (const error of errors)
  problems.push(`source: ${typeof error.messageText === 'string' ? error.messageText : error.messageText.messageText}`);
const sourceById = new Map(sources.map((m) => [m.name, m]));

/** `<x id="0" equiv-text="${n}"/>` placeholders of a unit's source or target, as sortable keys. */
const placeholderKeys = (xml) => [...xml.matchAll(/<(?:x|ph)\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]).sort();
const unitsOf = (xml) =>
  [...xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)].map(([, attrs, body]) => ({
    id: /\bid="([^"]+)"/.exec(attrs)?.[1],
    maxwidth: Number(/\bmaxwidth="(\d+)"/.exec(attrs)?.[1]) || undefined,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1],
    target: /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1],
    state: /<target\b[^>]*\bstate="([^"]*)"/.exec(body)?.[1],
  }));
/** Review status per language, for the summary. */
const status = new Map();
/** Text outside placeholders: where a translator might have typed `${count}` by hand. */
const plainText = (xml) => xml.replace(/<(?:x|ph)\b[^>]*\/>|<ph\b[^>]*>[\s\S]*?<\/ph>/g, '');

const xliffDir = config.resolve(config.interchange.xliffDir);
for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const where = relative(root, file);
  if (!existsSync(file)) {
    problems.push(`${where}: missing (run npm run i18n:extract)`);
    continue;
  }
  const units = new Map(unitsOf(readFileSync(file, 'utf8')).map((u) => [u.id, u]));
  for (const [id, message] of sourceById) {
    const unit = units.get(id);
    const text = message.contents.map((c) => (typeof c === 'string' ? c : c.untranslatable)).join('');
    if (!unit) problems.push(`${where}: no unit for "${text}" (${id}); run npm run i18n:extract, then translate`);
    else if (unit.target === undefined || unit.target.trim() === '') problems.push(`${where}: ${id} "${text}" is not translated`);
  }
  for (const unit of units.values()) {
    if (!sourceById.has(unit.id)) {
      notes.push(`${where}: ${unit.id} is no longer in the source (run npm run i18n:extract to tidy)`);
      continue;
    }
    if (unit.target === undefined) continue;
    const want = placeholderKeys(unit.source ?? '').join(',');
    const got = placeholderKeys(unit.target).join(',');
    if (want !== got) problems.push(`${where}: ${unit.id} placeholders differ: source has [${want}], target has [${got}]`);
    if (/\$\{/.test(plainText(unit.target)))
      problems.push(`${where}: ${unit.id} target contains a literal \${…}; use the <x id=…/> placeholder instead`);
    if (PSEUDO_LOCALES.includes(locale)) continue;
    const room = roomFor(unit.source ?? '', unit.maxwidth);
    if (width(unit.target) > room) {
      problems.push(
        `${where}: ${unit.id} may not fit: ${width(unit.target)} characters, room for ${room} (the pseudo-locale's length; shorten it, or set maxwidth after checking the place holds more)`,
      );
    }
    if (!unit.state) problems.push(`${where}: ${unit.id} target has no state (state="needs-review-translation" for a draft)`);
    const counts = status.get(locale) ?? status.set(locale, { review: 0, reviewed: 0 }).get(locale);
    counts[unit.state === 'needs-review-translation' ? 'review' : 'reviewed']++;
  }
}

// The pseudo-locales follow the sources and the widest room any language was given.
const widths = maxwidths(xliffDir);
for (const locale of PSEUDO_LOCALES) {
  const file = join(xliffDir, `${locale}.xlf`);
  if (existsSync(file) && pseudoXliff(readFileSync(file, 'utf8'), locale, widths) !== readFileSync(file, 'utf8')) {
    problems.push(`${relative(root, file)}: stale; run npm run i18n:extract`);
  }
}

// Stale generated modules: build into a scratch directory and compare.
const scratch = mkdtempSync(join(tmpdir(), 'civic-i18n-check-'));
try {
  const outputDir = config.resolve(config.output.outputDir);
  const codesModule = config.resolve(config.output.localeCodesModule);
  const fresh = new RuntimeLitLocalizer({
    ...config,
    output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
  });
  const { errors: invalid } = fresh.validateTranslations();
  problems.push(...invalid.map((e) => `placeholders: ${e}`));
  if (invalid.length === 0) {
    // lit-localize logs every missing translation while building; those are reported above.
    const { log, warn } = console;
    console.log = console.warn = () => {};
    try {
      await fresh.build();
    } finally {
      Object.assign(console, { log, warn });
    }
    const pairs = [[join(scratch, 'locale-codes.ts'), codesModule]];
    for (const name of readdirSync(join(scratch, 'locales'))) pairs.push([join(scratch, 'locales', name), join(outputDir, name)]);
    for (const [built, committed] of pairs) {
      const stale = !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(built, 'utf8');
      if (stale) problems.push(`${relative(root, committed)}: stale; run npm run i18n:build`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const note of notes) console.log(`note: ${note}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`i18n:check: ${problems.length} problem(s) in ${config.targetLocales.length} locales, ${sourceById.size} strings`);
  process.exit(1);
}
const languages = config.targetLocales.filter((l) => !PSEUDO_LOCALES.includes(l));
const drafts = [...status].filter(([, c]) => c.review > 0).map(([l]) => l);
console.log(
  `review: ${languages.length - drafts.length} of ${languages.length} languages reviewed; drafts to review: ${drafts.join(' ') || 'none'}`,
);
console.log(
  `i18n:check: ${sourceById.size} strings translated in ${languages.length} languages (and ${PSEUDO_LOCALES.join(', ')}), each within the room the pseudo-locales test; generated modules up to date`,
);
