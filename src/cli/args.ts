/**
 * Command lines, read strictly (Node's `util.parseArgs`, strict mode): an unknown option or one
 * argument too many is refused with a sentence that names it and says what to do, never ignored.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from './suggest.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder in help and messages: `--time-zone ZONE`. */
  value?: string;
  /** An example value for "needs a value, for example …". */
  example?: string;
  help: string;
}

export interface CommandSpec {
  /** As typed: `validate`, `import ics`. */
  name: string;
  summary: string;
  /** Positional arguments: their name in messages (`<file|url>`), how many. */
  positional: { name: string; min: number; max: number };
  options: Record<string, OptionSpec>;
  /** The full `--help` text after the usage line. */
  help: string;
}

/** A mistake in the command line: exit 2 with this message and a pointer to `--help`. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** `civic-feed import ics --time-zone Europe/Berlin -o events.json leipzig.ics` → values and files, or a UsageError. */
export function parseCommandArgs(command: CommandSpec, args: readonly string[]): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(command.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(explain(command, args, error), command);
  }
  const { min, max, name } = command.positional;
  if (parsed.positionals.length < min) throw new UsageError(`missing ${name}: civic-feed ${command.name} ${name}`, command);
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    throw new UsageError(
      max === 0
        ? `"${extra}" is not expected here`
        : `one ${name} only: "${extra}" is one too many (an option's value must follow its option, e.g. --time-zone Europe/Berlin)`,
      command,
    );
  }
  return parsed;
}

/** A sentence for what `parseArgs` refused, naming the option as typed. */
function explain(command: CommandSpec, args: readonly string[], error: unknown): string {
  const code = (error as { code?: string }).code;
  const longNames = Object.keys(command.options).map((n) => `--${n}`);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const [flag = arg, inline] = arg.split(/=(.*)/s);
    const spec = findOption(command, flag);
    if (!spec) {
      if (/^-\d/.test(arg)) continue; // a negative number is a value
      return `unknown option "${flag}"${didYouMean(flag, longNames)}`;
    }
    const [name, option] = spec;
    if (option.type === 'boolean') {
      if (inline !== undefined) return `--${name} takes no value (write just --${name})`;
      continue;
    }
    if (inline !== undefined) continue;
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next))) {
      return `--${name} needs a value, for example --${name} ${option.example ?? option.value ?? 'VALUE'}`;
    }
    i++;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return String((error as Error).message).replace(/^Option /, 'option ');
  return String((error as Error).message ?? error);
}

function findOption(command: CommandSpec, flag: string): [string, OptionSpec] | undefined {
  if (flag.startsWith('--')) {
    const name = flag.slice(2);
    return Object.hasOwn(command.options, name) ? [name, command.options[name]!] : undefined;
  }
  const short = flag.slice(1);
  return Object.entries(command.options).find(([, o]) => o.short === short);
}
