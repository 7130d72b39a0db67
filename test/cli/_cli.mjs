// Helpers for the CLI tests (not a test file itself): run the built CLI in this process or as a
// child process (exit code, stdout, stderr), and read a written feed back with the widgets' reader.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (...parts) => join(root, 'test/fixtures', ...parts);
const cli = await import(join(root, 'dist/cli/civic-feed.js'));
export const { readFeed } = cli;

/** The CLI's main() in this process, with its output captured. */
export async function run(...args) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } };
  const code = await cli.main(args, io);
  return { code, stdout, stderr };
}

/** bin/civic-feed.mjs as a person starts it. */
export function spawn(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/civic-feed.mjs'), ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'civic-feed-'));

/** Parses a written feed and reads it as the widgets would: it must have no warning at all. */
export function readBack(text, assert) {
  const data = JSON.parse(text);
  const { feed, error, warnings } = readFeed(data);
  assert.equal(error, undefined, 'the feed is readable');
  assert.deepEqual(warnings, [], 'the feed reads without a warning');
  return { data, feed };
}
