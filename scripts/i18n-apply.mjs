#!/usr/bin/env node
/**
 * Fills `<target>`s in locales/*.xlf from a simple JSON file, so a batch of new strings can be
 * translated in one readable place (translators may equally edit the XLIFF files directly).
 *
 *   node scripts/i18n-apply.mjs --todo > todo.json   # every source string some locale lacks
 *   node scripts/i18n-apply.mjs todo.json            # write the translations into the XLIFF
 *
 * JSON shape: { "<English source>": { "de": "…", "fr": "…", … } }. Expressions are written
 * `{0}`, `{1}` (the `<x id="0"/>` placeholders of the source, in any order the language needs).
 * Existing targets are replaced only with `--force`. Targets written here are drafts until a native
 * speaker has reviewed them: marked `state="needs-review-translation"` (`--reviewed` writes
 * `state="translated"`, for a reviewer's own batch).
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unescapeXml as unescape, escapeXml as escape } from './xml-text.mjs';

const dir = resolve(import.meta.dirname, '..', 'locales');
const args = process.argv.slice(2);
const force = args.includes('--force');
const state = args.includes('--reviewed') ? 'translated' : 'needs-review-translation';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.xlf'))
  .sort();

/** XLIFF source → readable key: placeholders become {id}. */
const keyOf = (xml) => unescape(xml.replace(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g, '{$1}'));
const unitRe = /(<trans-unit\b[^>]*\bid="[^"]+"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(\s*<target(?:\s[^>]*)?>[\s\S]*?<\/target>)?/g;

if (args.includes('--todo')) {
  const todo = {};
  for (const file of files) {
    const locale = file.replace(/\.xlf$/, '');
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(unitRe)) {
      const target = m[4] && /<target[^>]*>([\s\S]*?)<\/target>/.exec(m[4])[1];
      if (!target || !target.trim()) (todo[keyOf(m[2])] ??= {})[locale] = '';
    }
  }
  console.log(JSON.stringify(todo, null, 2));
  process.exit(0);
}

const input = args.find((a) => !a.startsWith('--'));
if (!input) {
  console.error('usage: node scripts/i18n-apply.mjs [--force] [--reviewed] translations.json | --todo');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(input, 'utf8'));
let written = 0;
const problems = [];
for (const file of files) {
  const locale = file.replace(/\.xlf$/, '');
  const xml = readFileSync(join(dir, file), 'utf8');
  const out = xml.replace(unitRe, (whole, open, source, close, existing) => {
    const text = translations[keyOf(source)]?.[locale];
    if (typeof text !== 'string' || !text.trim()) return whole;
    if (existing && !force && !/<target[^>]*>\s*<\/target>/.test(existing)) return whole;
    const placeholders = new Map([...source.matchAll(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    const used = new Set();
    const target = escape(text).replace(/\{(\d+)\}/g, (p, id) => {
      used.add(id);
      if (placeholders.has(id)) return placeholders.get(id);
      problems.push(`${locale}: "${keyOf(source)}": unknown placeholder ${p}`);
      return p;
    });
    for (const id of placeholders.keys()) if (!used.has(id)) problems.push(`${locale}: "${keyOf(source)}": placeholder {${id}} missing`);
    written++;
    return `${open}${source}${close}\n  <target state="${state}">${target}</target>`;
  });
  if (out !== xml) writeFileSync(join(dir, file), out);
}
for (const p of problems) console.error(p);
console.log(`i18n-apply: ${written} targets written`);
process.exit(problems.length ? 1 : 0);
