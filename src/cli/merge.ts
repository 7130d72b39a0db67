/**
 * `civic-feed merge <feed>...`: one feed for a network of cities from its members' feeds. Each
 * feed is read as the widgets read it (its problems are reported at their lines); every item keeps
 * whose it is (its own `publisher`, else its feed's, with an `id` for the widgets' publisher
 * filter); ids are kept and an id two members use is renamed `<publisher>-<id>` (a note says so);
 * categories with the same id become one, their names joined; the languages are joined; texts
 * written as plain strings are tagged with their feed's language; an item in another time zone
 * than the merged feed's gets its own `timeZone`.
 */
import { basename, extname } from 'node:path';
import { FEED_RULES } from '../feed/feed-rules.generated.js';
import type { RuleNode } from '../feed/rules.js';
import type { Category, Feed, Publisher } from '../feed/types.js';
import { readFeed } from '../feed/validate.js';
import type { ParsedArgs } from './args.js';
import {
  addItem,
  emptyDraft,
  finishFeed,
  ImportLog,
  languageOption,
  publisherOption,
  slug,
  timeZoneOption,
  type ListName,
} from './import-run.js';
import { locator, syntaxProblem } from './json-text.js';
import { DEFAULT_MAX_BYTES, InputError, isUrl, parseSize, readText } from './read-input.js';
import { printLine, type Io } from './terminal.js';
import { checkOutputPath, writeOutput } from './write-output.js';

interface Member {
  source: string;
  feed: Feed;
  publisher: Publisher & { id: string };
  line: (at: (string | number)[]) => number | undefined;
}

const LISTS = ['services', 'events', 'calls'] as const;
const GENERIC_NAMES = new Set(['feed', 'civic-feed', 'index', 'data', 'export', 'network']);

export async function mergeCommand({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (output) await checkOutputPath(output);
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  const zoneOption = timeZoneOption(values['time-zone']);
  const languageValue = languageOption(values.language);
  const log = new ImportLog();

  const members: Member[] = [];
  const usedIds = new Set<string>();
  for (const source of positionals) {
    const text = (await readText(source, maxBytes)).replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      const at = syntaxProblem(text);
      throw new InputError(`${source}: not JSON: ${at ? `${at.message} (${at.line}:${at.column})` : 'syntax error'}`);
    }
    const { feed, error, warnings } = readFeed(data, { src: source });
    if (!feed) throw new InputError(`${source} is not a feed that can be merged: ${error?.detail ?? error?.kind}`);
    const locate = locator(
      text,
      warnings.map((w) => w.at ?? []).concat((['categories', ...LISTS] as const).flatMap((list) => feed[list].map((_, i) => [list, i]))),
    );
    for (const w of warnings) {
      const ref = { file: source, line: locate(w.at ?? [])?.line ?? 1 };
      if (w.message.endsWith('; item skipped')) log.skip(ref, `${w.path}: ${w.message.slice(0, -'; item skipped'.length)}`);
      else log.change(ref, `${w.path}: ${w.message}`);
    }
    // Whose the items are: the feed's publisher, with an id the widgets can filter by.
    let id = feed.publisher?.id;
    if (!id) {
      const fromName = slug(
        isUrl(source) ? new URL(source).hostname.replace(/^www\./, '').split('.')[0]! : basename(source, extname(source)),
      );
      id = (!GENERIC_NAMES.has(fromName) && fromName) || slug(textOf(feed.publisher?.name) ?? '', 32) || `member-${members.length + 1}`;
      log.note(
        `${feed.publisher ? 'its publisher has no id' : 'it has no publisher'}: its items are marked "${id}" (add "publisher": { "id": "${id}", "name": … } to the feed)`,
        { file: source },
      );
    }
    // The same publisher in two feeds (a city's services and its events) is one publisher.
    const same = members.find(
      (m) => m.publisher.id === id && JSON.stringify(m.feed.publisher?.name) === JSON.stringify(feed.publisher?.name),
    );
    let unique = id;
    if (!same) for (let n = 2; usedIds.has(unique); n++) unique = `${id}-${n}`;
    if (unique !== id)
      log.note(`publisher id "${id}" is used by another publisher in an earlier feed; this feed's items are marked "${unique}"`, {
        file: source,
      });
    usedIds.add(unique);
    const publisher = {
      ...(localizeNode(FEED_RULES.head.e!.publisher!, feed.publisher ?? {}, feed.defaultLocale) as Publisher),
      id: unique,
    };
    members.push({ source, feed, publisher, line: (at) => locate(at)?.line });
  }

  const first = members[0]!.feed;
  const defaultLocale = languageValue ?? first.defaultLocale;
  const timeZone = zoneOption ?? first.timeZone;
  const locales = [...new Set([defaultLocale, ...members.flatMap((m) => m.feed.locales)])];
  const own = publisherOption(values, defaultLocale);
  const draft = emptyDraft({ defaultLocale, locales, timeZone, ...(own ? { publisher: own } : {}) });

  // Categories by id: the first feed's, with the names in other languages added from the rest.
  const categories = new Map<string, Category>();
  for (const m of members) {
    m.feed.categories.forEach((raw, index) => {
      const category = localizeNode(FEED_RULES.categories, raw, m.feed.defaultLocale) as Category;
      const known = categories.get(category.id);
      if (!known) {
        categories.set(category.id, { ...category });
        draft.refs.categories.push({ file: m.source, line: m.line(['categories', index]) ?? 1 });
        return;
      }
      const names = { ...(known.name as Record<string, string>) };
      for (const [lang, name] of Object.entries(category.name as Record<string, string>)) {
        if (!(lang in names)) names[lang] = name;
        else if (names[lang] !== name)
          log.note(
            `category "${category.id}" is "${names[lang]}" in an earlier feed and "${name}" here (${lang}); the first name is kept`,
            { file: m.source, line: m.line(['categories', index]) ?? 1 },
          );
      }
      known.name = names;
    });
  }
  draft.categories = [...categories.values()];

  for (const list of LISTS) {
    const taken = new Map<string, string>();
    for (const m of members) {
      m.feed[list].forEach((raw, index) => {
        const ref = { file: m.source, line: m.line([list, index]) ?? 1 };
        const item = localizeNode(FEED_RULES[list], raw, m.feed.defaultLocale) as Record<string, unknown> & {
          id: string;
          publisher?: Publisher;
          timeZone?: string;
        };
        // Whose it is, unless it is the merged feed's own publisher's (a city merging its own feeds).
        if (item.publisher) item.publisher = { ...item.publisher };
        else if (m.publisher.id !== own?.id) item.publisher = m.publisher;
        const zone = item.timeZone ?? m.feed.timeZone;
        if (zone !== timeZone) item.timeZone = zone;
        if (taken.has(item.id)) {
          const original = item.id;
          let renamed = `${m.publisher.id}-${original}`;
          for (let n = 2; taken.has(renamed); n++) renamed = `${m.publisher.id}-${original}-${n}`;
          item.id = renamed;
          log.note(`${list} id "${original}" is also used in ${taken.get(original)}: renamed "${renamed}" here`, ref);
        }
        taken.set(item.id, m.source);
        addItem(draft, list as ListName, item as never, ref);
      });
    }
  }

  const { text, feed } = finishFeed(draft, log);
  await writeOutput(text, output, io.stdout);
  log.print(io.stderr);
  printLine(
    io.stderr,
    `${members.length} feeds merged${output ? ` into ${output}` : ''}: ${feed.services.length} services, ${feed.events.length} events, ${feed.calls.length} calls, ${feed.categories.length} categories, ${feed.locales.length} languages.`,
  );
  return log.exitCode;
}

function textOf(value: Publisher['name']): string | undefined {
  return typeof value === 'string' ? value : value ? Object.values(value)[0] : undefined;
}

/**
 * A copy of `value` in which every text written as a plain string (in its feed's `defaultLocale`)
 * says its language: `"Zdrowie"` → `{ "pl": "Zdrowie" }`, so it keeps its language in a feed whose
 * default is another. Follows the format's rules, so it never goes deeper than the format.
 */
function localizeNode(node: RuleNode | undefined, value: unknown, language: string): unknown {
  if (!node || value === null || value === undefined) return value;
  if (node.t === 'union') {
    const options = node.u ?? [];
    const isText = options.some((o) => o.t === 'string') && options.some((o) => o.t === 'record');
    const isWordList = options.some((o) => o.t === 'array') && options.some((o) => o.t === 'record');
    if ((isText && typeof value === 'string') || (isWordList && Array.isArray(value))) return { [language]: value };
    return value;
  }
  if (node.t === 'array' && Array.isArray(value)) return value.map((v) => localizeNode(node.i, v, language));
  if (node.t === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      out[key] = node.e && Object.hasOwn(node.e, key) ? localizeNode(node.e[key], child, language) : child;
    return out;
  }
  return value;
}
