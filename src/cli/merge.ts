import type { ParsedArgs } from './args.js';
import type { Io } from './terminal.js';

export async function mergeCommand(_args: ParsedArgs, _io: Io): Promise<number> {
  throw new Error('not yet');
}
