// Server-side rendering imports the widgets' modules in Node, where there is no document or window:
// the language modules (and the whole entry) must load without touching either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const modules = [
  'src/i18n/messages.ts',
  'src/i18n/ui-locale.ts',
  'src/i18n/shared-locale.ts',
  'src/i18n/locale-match.ts',
  'src/i18n/intl.ts',
  'src/base/locale-controller.ts',
  'src/index.ts',
];

test('the language modules and the entry import in Node without throwing', async () => {
  const script = `for (const m of ${JSON.stringify(modules)}) await import('./' + m);
    const { msg, inLanguage } = await import('./src/i18n/messages.ts');
    process.stdout.write(inLanguage('de', () => msg('Try again')));`;
  const out = await new Promise((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
  // No translation loaded on the server: the source words.
  assert.equal(out, 'Try again');
});
