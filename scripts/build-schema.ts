/**
 * Generates schema/feed.schema.json (JSON Schema draft 2020-12) from the one definition of the
 * format, src/feed/schema.ts. Never edit the JSON by hand.
 *   npx tsx scripts/build-schema.ts          write it
 *   npx tsx scripts/build-schema.ts --check  exit 1 when the committed file is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';

const out = new URL('../schema/feed.schema.json', import.meta.url);

export function feedJsonSchema(): string {
  const schema = toJsonSchema(FeedSchema, { target: 'draft-2020-12', errorMode: 'throw' });
  const withId = {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/civic-widgets/schema/feed.schema.json',
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

const json = feedJsonSchema();
if (process.argv.includes('--check')) {
  const current = await readFile(out, 'utf8').catch(() => '');
  if (current !== json) {
    console.error('schema/feed.schema.json is stale: run npx tsx scripts/build-schema.ts');
    process.exit(1);
  }
  console.log('schema/feed.schema.json is up to date');
} else {
  await writeFile(out, json);
  console.log(`wrote schema/feed.schema.json (${json.length} bytes)`);
}
