#!/usr/bin/env node
/**
 * civic-feed — tools for the civic-widgets feed.
 *
 *   civic-feed validate <file|url> [--json] [--strict]
 *
 * Exit codes: 0 valid, 1 problems (the widgets would skip something, or the feed is not a
 * version 1 feed), 2 the input cannot be read (missing file, network/HTTP failure, not JSON).
 * One line per problem: `path: item "id": message (line:col)`, then a summary. Fields the format
 * does not define (often typos) are listed as notes; with --strict they count as problems.
 *
 * How it runs: this file is plain Node (≥ 20) JavaScript. The validation itself is the browser's
 * `src/feed/validate.ts` (same rules as the widgets), bundled with jsonc-parser into
 * `bin/feed-validate.js` by `node scripts/build-feed-cli.mjs`. That bundle is committed and
 * shipped, so the CLI works from the npm package, from a fresh clone without a build, and needs
 * no devDependency (no tsx) at run time. test/cli checks that the bundle matches the sources.
 */
import { readFile } from 'node:fs/promises';
import { locator, readFeed, syntaxError, unknownFields } from './feed-validate.js';

const USAGE = 'Usage: civic-feed validate <file|url> [--json] [--strict]';

async function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  const strict = argv.includes('--strict');
  if (argv.includes('--help') || argv.includes('-h')) return print(USAGE), 0;
  if (args[0] !== 'validate' || !args[1]) return console.error(USAGE), 2;
  const input = args[1];

  let text;
  try {
    text = await readInput(input);
  } catch (error) {
    return unreadable(input, error instanceof Error ? error.message : String(error), json);
  }
  text = text.replace(/^\uFEFF/, '');
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    const at = syntaxError(text);
    return unreadable(input, `not JSON: ${at ? `${at.message} (${at.line}:${at.column})` : 'syntax error'}`, json);
  }

  const { feed, error, warnings } = readFeed(data, { src: input });
  const locate = locator(text);
  const problems = warnings.map(({ id, path, message, at }) => ({ path, id, message, ...locate(at ?? []) }));
  if (error) {
    const at = error.kind === 'version' ? ['version'] : pathOfDetail(error.detail);
    problems.unshift({ path: at.length ? pathText(at) : '(feed)', message: `${error.kind === 'version' ? 'unsupported version' : 'not a valid feed'}: ${error.detail ?? error.kind}`, ...locate(at) });
  }
  const counts = feed ? { categories: feed.categories.length, services: feed.services.length, events: feed.events.length, calls: feed.calls.length } : undefined;
  const skipped = warnings.filter((w) => w.message.endsWith('item skipped')).length;
  const notes = unknownFields(data).map(({ at, key }) => ({ path: pathText(at), message: `unknown field "${key}" (ignored by the widgets; a typo?)`, ...locate(at) }));
  if (strict) problems.push(...notes.splice(0));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  if (json) {
    print(JSON.stringify({ input, valid: problems.length === 0, error, counts, skipped, problems, notes }, null, 2));
  } else {
    for (const p of problems) print(`${p.path}: ${p.id !== undefined ? `item "${p.id}": ` : ''}${p.message}${p.line ? ` (${p.line}:${p.column})` : ''}`);
    for (const n of notes) print(`note: ${n.path}: ${n.message}${n.line ? ` (${n.line}:${n.column})` : ''}`);
    print(summary(input, problems.length, skipped, counts));
  }
  return problems.length ? 1 : 0;
}

async function readInput(input) {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFile(input, 'utf8');
}

function unreadable(input, reason, json) {
  if (json) print(JSON.stringify({ input, valid: false, unreadable: reason, problems: [] }, null, 2));
  else console.error(`${input}: cannot read: ${reason}`);
  return 2;
}

/** `defaultLocale: missing` → ['defaultLocale'] so a top-level error gets a position too. */
function pathOfDetail(detail = '') {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?:/.exec(detail);
  return m ? [m[1], ...(m[2] ? [Number(m[2])] : [])] : [];
}

function pathText(at) {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function summary(input, problems, skipped, counts) {
  const kept = counts ? ` Kept: services ${counts.services}, events ${counts.events}, calls ${counts.calls}, categories ${counts.categories}.` : '';
  if (!problems) return `${input}: valid.${kept}`;
  return `${input}: ${problems} problem${problems === 1 ? '' : 's'} (${skipped} item${skipped === 1 ? '' : 's'} skipped).${kept}`;
}

function print(line) {
  process.stdout.write(`${line}\n`);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
