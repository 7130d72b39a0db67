// A city app's TypeScript against the packed package's declarations: the tag map, the widgets'
// events, the document events and the feed types, type-checked strictly (skipLibCheck off), in a
// folder where valibot cannot be found (the feed types must not need it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freshApp, packed, repo } from './packed.mjs';

packed();

test('valibot is not there for the app (so the check below means something)', () => {
  const app = freshApp('typescript');
  assert.throws(() => createRequire(join(app, 'app.ts')).resolve('valibot'), { code: 'MODULE_NOT_FOUND' });
});

const tsc = (app, ...options) =>
  new Promise((resolve) =>
    execFile(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app, ...options], { cwd: app }, (error, stdout) =>
      resolve({ code: error?.code ?? 0, stdout }),
    ),
  );

test('tsc passes on an app using the tags, the events and the feed types', async () => {
  const result = await tsc(freshApp('typescript'));
  assert.equal(result.code, 0, result.stdout);
});

test("the same with Node's own module resolution (module and moduleResolution nodenext)", async () => {
  const result = await tsc(freshApp('typescript'), '--module', 'nodenext', '--moduleResolution', 'nodenext');
  assert.equal(result.code, 0, result.stdout);
});
