/**
 * Writing a feed: to stdout without `-o`, else atomically (a temporary file in the same folder,
 * renamed over the target), so a reader of the published file never sees half a feed and a run
 * that fails leaves an existing file as it was.
 */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from './read-input.js';
import type { Writable } from './terminal.js';

/** Refuses an output that cannot be written, before any work is done (exit 2, nothing written). */
export async function checkOutputPath(path: string): Promise<void> {
  const folder = dirname(path);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`cannot write ${path}: the folder ${folder} does not exist`);
  if ((await stat(path).catch(() => undefined))?.isDirectory())
    throw new InputError(`cannot write ${path}: it is a folder (give a file name, e.g. -o ${join(path, 'feed.json')})`);
}

/** Writes `text` to `path` atomically, or to `stdout` when there is no path. */
export async function writeOutput(text: string, path: string | undefined, stdout: Writable): Promise<void> {
  if (path === undefined) {
    stdout.write(text);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new InputError(`cannot write ${path} (${(error as Error).message})`);
  }
}
