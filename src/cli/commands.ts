/** Every command the CLI has: its options and its `--help`, in plain words for a city's data officer. */
import type { CommandSpec, OptionSpec } from './args.js';

const help: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };
const output: OptionSpec = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  example: 'feed.json',
  help: 'write the feed to FILE (replaced in one step; without -o the feed goes to the screen)',
};
const timeZone: OptionSpec = {
  type: 'string',
  value: 'ZONE',
  example: 'Europe/Berlin',
  help: 'time zone of the times (an IANA name such as Europe/Berlin or Europe/Warsaw)',
};
const language: OptionSpec = {
  type: 'string',
  value: 'TAG',
  example: 'de',
  help: 'language of texts that do not say their language (de, pl, nl, en…)',
};
const maxSize: OptionSpec = { type: 'string', value: 'SIZE', example: '200MB', help: 'refuse inputs larger than SIZE (default 100MB)' };
const from: OptionSpec = { type: 'string', value: 'YYYY-MM-DD', example: '2027-01-01', help: 'the first day to import (default: today)' };
const publisherName: OptionSpec = {
  type: 'string',
  value: 'NAME',
  example: '"City of Leipzig"',
  help: 'who publishes the feed (shown with each item when feeds are merged)',
};
const publisherId: OptionSpec = {
  type: 'string',
  value: 'ID',
  example: 'leipzig',
  help: 'a short lower-case name for the publisher, for filter links',
};
const publisherUrl: OptionSpec = { type: 'string', value: 'URL', example: 'https://www.leipzig.de', help: "the publisher's web site" };
const categories: OptionSpec = {
  type: 'string',
  value: 'FILE',
  example: 'categories.csv',
  help: 'your own categories (a CSV like templates/categories.csv)',
};

const publisher = { 'publisher-name': publisherName, 'publisher-id': publisherId, 'publisher-url': publisherUrl };

const EXIT_CODES = `Exit codes: 0 everything imported; 1 the feed was written but some entries were skipped or
changed (each is listed as FILE:LINE: message); 2 nothing was written (the reason is on one line).`;

export const VALIDATE: CommandSpec = {
  name: 'validate',
  summary: 'check a feed and list every problem with its line',
  positional: { name: '<file|url>', min: 1, max: 1 },
  options: {
    json: { type: 'boolean', help: 'print the result as JSON (for scripts and CI)' },
    strict: { type: 'boolean', help: 'count fields the format does not know (often typos) as problems' },
    'max-size': maxSize,
    help,
  },
  help: `Checks a feed the way the widgets read it and lists each problem as
  path: item "id": message (line:column)
Items with a problem are skipped by the widgets or shown without the bad field; this says which.

Examples:
  civic-feed validate civic-feed.json
  civic-feed validate https://www.example.org/open-data/civic-feed.json --json

Exit codes: 0 valid; 1 problems found (or, with --strict, unknown fields); 2 the file cannot be
read (missing, not JSON, too large).`,
};

export const IMPORT_ICS: CommandSpec = {
  name: 'import ics',
  summary: 'events from an iCalendar file (.ics) or calendar URL',
  positional: { name: '<file|url>', min: 1, max: 1 },
  options: {
    from,
    days: { type: 'string', value: 'N', example: '90', help: 'how many days from --from to import (default 365)' },
    'time-zone': { ...timeZone, help: "the feed's time zone (default: the calendar's own, X-WR-TIMEZONE or its events' zone)" },
    language: { ...language, help: 'language of texts without a LANGUAGE parameter (default: en)' },
    output,
    ...publisher,
    'max-size': maxSize,
    help,
  },
  help: `Reads the events of an iCalendar file, as calendars, CMS and Outlook export them, and writes a feed.
Repeating events (RRULE, RDATE, EXDATE) become one event per date between --from and --days later,
with changed dates (RECURRENCE-ID) and cancelled dates (STATUS:CANCELLED) as the calendar says.
Each event keeps its own time zone (VTIMEZONE, Europe/Berlin or Outlook names such as
"W. Europe Standard Time"), with the right offset in summer and in winter.
An event's id is its UID (plus the date for a repeating event), the same in every run.

Examples:
  civic-feed import ics events.ics -o civic-feed.json
  civic-feed import ics https://www.example.org/calendar.ics --language de --days 90 -o events.json

${EXIT_CODES}`,
};

export const IMPORT_CSV: CommandSpec = {
  name: 'import csv',
  summary: 'services, events or calls from a spreadsheet saved as CSV',
  positional: { name: '<file>', min: 1, max: 1 },
  options: {
    type: { type: 'string', value: 'services|events|calls', example: 'services', help: 'what the rows are (required)' },
    'time-zone': timeZone,
    language: { ...language, help: 'language of columns without a language (name, description…); default: the first language column' },
    categories,
    output,
    ...publisher,
    'max-size': maxSize,
    help,
  },
  help: `Reads a spreadsheet saved as CSV (comma or semicolon, UTF-8 with or without BOM) and writes a feed.
Start from a template in templates/ (services.csv, events.csv, calls.csv): one row per item,
one column per language for texts (name.de, name.ar, …), lists separated by ";".
Opening hours are written as people write them: "Mo-Fr 09:00-12:00; Mo,Tu,Th 13:00-16:30",
also with German, Dutch (ma-vr), French (lu-ve), Polish (PN-PT) and other day names.
Categories are the ids in templates/categories.csv, or your own with --categories.

Examples:
  civic-feed import csv services.csv --type services --time-zone Europe/Warsaw -o civic-feed.json
  civic-feed import csv events.csv --type events --language de --time-zone Europe/Berlin

${EXIT_CODES}`,
};

export const IMPORT_HSDS: CommandSpec = {
  name: 'import hsds',
  summary: 'services from an Open Referral (HSDS 3.0) directory',
  positional: { name: '<folder|datapackage.json|file.json>', min: 1, max: 1 },
  options: {
    from: { ...from, help: 'the day the opening hours are read for (default: today); later changes become closures' },
    'time-zone': timeZone,
    language: { ...language, help: "language of the directory's texts (default: en)" },
    categories: { ...categories, help: 'taxonomy terms to categories: a CSV with id, name.<lang> and taxonomy_terms columns' },
    output,
    ...publisher,
    'max-size': maxSize,
    help,
  },
  help: `Reads an Open Referral HSDS 3.0 directory and writes a feed of its services: either the tabular
data package (a folder of CSV tables with datapackage.json) or JSON (one service_full object,
a list of them, or a paged service list). Organizations, locations and addresses (through
service_at_location), phones, languages, weekly schedules (byday, opens_at, closes_at,
valid_from, valid_to) and the service status are mapped; taxonomy terms become categories
(or the categories of a mapping file, --categories).

Examples:
  civic-feed import hsds ./hsds-export/ --time-zone Europe/London -o civic-feed.json
  civic-feed import hsds services.json --language nl --time-zone Europe/Amsterdam

${EXIT_CODES}`,
};

export const MERGE: CommandSpec = {
  name: 'merge',
  summary: "one feed for a network, from its members' feeds",
  positional: { name: '<feed>', min: 1, max: Infinity },
  options: {
    output,
    'time-zone': { ...timeZone, help: "the merged feed's time zone (default: the first feed's)" },
    language: { ...language, help: "the merged feed's default language (default: the first feed's)" },
    ...publisher,
    'max-size': maxSize,
    help,
  },
  help: `Merges feeds (files or URLs) into one, for a network of cities or regions. Every item keeps
its publisher (so the widgets can show whose it is and filter by it); ids stay as they are,
and an id used by two members is renamed (listed as a note); categories with the same id
become one; the languages are joined; an item in another time zone than the merged feed's
keeps its own.

Examples:
  civic-feed merge leipzig.json poznan.json -o network.json --publisher-name "EU-BELONG network"
  civic-feed merge https://www.leipzig.de/civic-feed.json https://www.poznan.pl/civic-feed.json -o network.json

${EXIT_CODES}`,
};

export const COMMANDS: CommandSpec[] = [VALIDATE, IMPORT_ICS, IMPORT_CSV, IMPORT_HSDS, MERGE];

/** `--help` of one command: usage line, description, options. */
export function commandHelp(command: CommandSpec): string {
  const options = Object.entries(command.options).map(
    ([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`, o.help] as const,
  );
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: civic-feed ${command.name} ${command.positional.name}${command.positional.max > 1 ? '...' : ''} [options]`,
    '',
    command.help,
    '',
    'Options:',
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
  ].join('\n');
}

/** `civic-feed --help`. */
export function overallHelp(version: string): string {
  return `civic-feed ${version}: tools for the civic-widgets feed (the JSON file the widgets read).

Usage: civic-feed <command> [options]

Commands:
${COMMANDS.map((c) => `  ${`${c.name} ${c.positional.name}`.padEnd(50)}${c.summary}`).join('\n')}

Run "civic-feed <command> --help" for a command's options and examples, e.g.
  civic-feed import csv --help

Options:
  -h, --help     show this help
  -V, --version  show the version`;
}
