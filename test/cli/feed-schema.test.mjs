// The committed JSON Schema and feed rules must be what scripts/build-schema.ts generates from src/feed/schema.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('schema/feed.schema.json and src/feed/feed-rules.generated.ts are up to date with src/feed/schema.ts', async () => {
  const result = await new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/build-schema.ts', '--check'], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
  assert.equal(result.code, 0, result.stderr || 'generated files are stale: run npx tsx scripts/build-schema.ts');
});

test('the JSON Schema is draft 2020-12 and documents every field with a description and examples', async () => {
  const schema = JSON.parse(await readFile(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['version', 'defaultLocale', 'locales']);
  const undocumented = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!value.description || !value.examples?.length) undocumented.push(`${path}.${key}`);
      walk(value, `${path}.${key}`);
    }
    if (node.items) walk(node.items, `${path}[]`);
    for (const branch of node.anyOf ?? []) walk(branch, path);
  };
  walk(schema, '');
  assert.deepEqual(undocumented, []);
  for (const list of ['services', 'events', 'calls'])
    assert.deepEqual(schema.properties[list].items.required, [
      'id',
      list === 'services' ? 'name' : 'title',
      ...(list === 'events' ? ['start'] : list === 'calls' ? ['deadline'] : []),
    ]);
});
