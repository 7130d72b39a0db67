/**
 * `civic-feed validate <file|url>`: the feed read exactly as the widgets read it (`readFeed`), each
 * problem as `path: item "id": message (line:col)`. Exit 0 valid, 1 problems, 2 unreadable; with
 * `--json` the answer is JSON whatever happens.
 */
import { readFeed } from '../feed/validate.js';
import type { ParsedArgs } from './args.js';
import { locator, syntaxProblem, type Key, type Position } from './json-text.js';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readText } from './read-input.js';
import { printLine, safeJson, type Io } from './terminal.js';
import { unknownFields } from './unknown-fields.js';

interface Problem extends Partial<Position> {
  path: string;
  id?: string;
  message: string;
}

export async function validateCommand({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const input = positionals[0]!;
  const json = values.json === true;
  try {
    return await validate(
      input,
      json,
      values.strict === true,
      values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(String(values['max-size'])),
      io,
    );
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `cannot be checked: ${(error as Error)?.message ?? String(error)}`;
    if (json) io.stdout.write(`${safeJson({ input, valid: false, unreadable: reason, problems: [] })}\n`);
    else printLine(io.stderr, reason.startsWith(input) ? reason : `${input}: ${reason}`);
    return 2;
  }
}

async function validate(input: string, json: boolean, strict: boolean, maxBytes: number, io: Io): Promise<number> {
  const text = (await readText(input, maxBytes)).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = syntaxProblem(text);
    throw new InputError(`${input}: cannot read: not JSON: ${at ? `${at.message} (${at.line}:${at.column})` : 'syntax error'}`);
  }

  const { feed, error, warnings } = readFeed(data, { src: input });
  const notes = unknownFields(data);
  const errorAt: Key[] = error ? (error.kind === 'version' ? ['version'] : pathOfDetail(error.detail)) : [];
  const locate = locator(text, [...warnings.map((w) => w.at ?? []), ...notes.map((n) => n.at), errorAt]);
  const problems: Problem[] = warnings.map(({ id, path, message, at }) => ({
    path,
    ...(id === undefined ? {} : { id }),
    message,
    ...locate(at ?? []),
  }));
  if (error) {
    const kind = error.kind === 'version' ? 'unsupported version' : 'not a valid feed';
    problems.unshift({
      path: errorAt.length ? pathText(errorAt) : '(feed)',
      message: `${kind}: ${error.detail ?? error.kind}`,
      ...locate(errorAt),
    });
  }
  const counts = feed
    ? { categories: feed.categories.length, services: feed.services.length, events: feed.events.length, calls: feed.calls.length }
    : undefined;
  const skipped = warnings.filter((w) => w.message.endsWith('item skipped')).length;
  const noteProblems: Problem[] = notes.map(({ at, key }) => ({
    path: pathText(at),
    message: `unknown field "${key}" (ignored by the widgets; a typo?)`,
    ...locate(at),
  }));
  if (strict) problems.push(...noteProblems.splice(0));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  if (json) {
    io.stdout.write(`${safeJson({ input, valid: problems.length === 0, error, counts, skipped, problems, notes: noteProblems })}\n`);
  } else {
    for (const p of problems) printLine(io.stdout, `${p.path}: ${p.id !== undefined ? `item "${p.id}": ` : ''}${p.message}${where(p)}`);
    for (const n of noteProblems) printLine(io.stdout, `note: ${n.path}: ${n.message}${where(n)}`);
    printLine(io.stdout, summary(input, problems.length, skipped, counts));
  }
  return problems.length ? 1 : 0;
}

const where = (p: Partial<Position>): string => (p.line ? ` (${p.line}:${p.column})` : '');

/** `defaultLocale: missing` → ['defaultLocale'] so a top-level error gets a position too. */
function pathOfDetail(detail = ''): Key[] {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?:/.exec(detail);
  return m ? [m[1]!, ...(m[2] ? [Number(m[2])] : [])] : [];
}

function pathText(at: readonly Key[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function summary(input: string, problems: number, skipped: number, counts: Record<string, number> | undefined): string {
  const kept = counts
    ? ` Kept: services ${counts.services}, events ${counts.events}, calls ${counts.calls}, categories ${counts.categories}.`
    : '';
  if (!problems) return `${input}: valid.${kept}`;
  return `${input}: ${problems} problem${problems === 1 ? '' : 's'} (${skipped} item${skipped === 1 ? '' : 's'} skipped).${kept}`;
}
