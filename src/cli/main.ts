/**
 * The `civic-feed` command: reads the command line, runs one command, returns its exit code. Never
 * throws and never prints a stack trace: a mistake in the command line or an input that cannot be
 * read is one line on stderr (JSON on stdout with `validate --json`), exit 2.
 * Bundled with the feed code it shares into dist/cli/civic-feed.js (scripts/build-cli.mjs);
 * bin/civic-feed.mjs only starts it.
 */
import { parseCommandArgs, UsageError, type CommandSpec, type ParsedArgs } from './args.js';
import { commandHelp, COMMANDS, IMPORT_CSV, IMPORT_HSDS, IMPORT_ICS, MERGE, overallHelp, VALIDATE } from './commands.js';
import { importCsvCommand } from './import-csv.js';
import { importHsdsCommand } from './import-hsds.js';
import { importIcsCommand } from './import-ics.js';
import { mergeCommand } from './merge.js';
import { InputError } from './read-input.js';
import { didYouMean } from './suggest.js';
import { printLine, safeJson, type Io } from './terminal.js';
import { validateCommand } from './validate-command.js';

export { readFeed } from '../feed/validate.js';

declare const __CIVIC_FEED_VERSION__: string | undefined;
const VERSION = typeof __CIVIC_FEED_VERSION__ === 'string' ? __CIVIC_FEED_VERSION__ : 'dev';

type Run = (args: ParsedArgs, io: Io) => Promise<number>;
const RUN = new Map<CommandSpec, Run>([
  [VALIDATE, validateCommand],
  [IMPORT_ICS, importIcsCommand],
  [IMPORT_CSV, importCsvCommand],
  [IMPORT_HSDS, importHsdsCommand],
  [MERGE, mergeCommand],
]);

export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const jsonWanted = argv[0] === 'validate' && argv.includes('--json');
  try {
    return await run(argv, io);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? `civic-feed${error.command ? ` ${error.command.name}` : ''}: ${error.message} (see civic-feed ${error.command ? `${error.command.name} ` : ''}--help)`
        : error instanceof InputError
          ? error.message
          : `civic-feed: something went wrong (${(error as Error)?.message ?? String(error)}); nothing was written. Please report this.`;
    if (jsonWanted) io.stdout.write(`${safeJson({ valid: false, unreadable: message, problems: [] })}\n`);
    else printLine(io.stderr, message);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    printLine(io.stderr, 'civic-feed: which command? (civic-feed --help lists them)');
    return 2;
  }
  if (first === '--help' || first === '-h') return show(io, overallHelp(VERSION));
  if (first === '--version' || first === '-V') return show(io, VERSION);
  if (first === 'help') {
    const command = rest.length ? findCommand(rest) : undefined;
    return show(io, command ? commandHelp(command.spec) : overallHelp(VERSION));
  }
  const { spec, args } = findCommand(argv);
  if (args.includes('--help') || args.includes('-h')) return show(io, commandHelp(spec));
  return RUN.get(spec)!(parseCommandArgs(spec, args), io);
}

/** Other words for what an import reads. */
const IMPORT_ALIASES: Record<string, string> = {
  ical: 'ics',
  icalendar: 'ics',
  calendar: 'ics',
  ical4j: 'ics',
  xlsx: 'csv',
  excel: 'csv',
  spreadsheet: 'csv',
  tsv: 'csv',
  openreferral: 'hsds',
  'open-referral': 'hsds',
};

/** The command a command line names (`import csv …`), or a UsageError with a suggestion. */
function findCommand(argv: readonly string[]): { spec: CommandSpec; args: readonly string[] } {
  const [first = '', second] = argv;
  if (first === 'import') {
    const kinds = COMMANDS.filter((c) => c.name.startsWith('import ')).map((c) => c.name.slice(7));
    const spec = COMMANDS.find((c) => c.name === `import ${second}`);
    if (spec) return { spec, args: argv.slice(2) };
    if (second === undefined || second.startsWith('-')) throw new UsageError(`import what? civic-feed import ${kinds.join('|')} …`);
    const meant = IMPORT_ALIASES[second.toLowerCase()];
    throw new UsageError(
      `cannot import "${second}"${meant ? `: did you mean "${meant}"?` : didYouMean(second, kinds) || `: civic-feed imports ${kinds.join(', ')}`}`,
    );
  }
  const spec = COMMANDS.find((c) => c.name === first);
  if (spec) return { spec, args: argv.slice(1) };
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}": a command comes first, e.g. civic-feed validate feed.json`);
  const names = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
  throw new UsageError(`unknown command "${first}"${didYouMean(first, names) || `: the commands are ${names.join(', ')}`}`);
}

function show(io: Io, text: string): number {
  io.stdout.write(`${text}\n`);
  return 0;
}
