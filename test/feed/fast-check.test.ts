import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { fastCheck } from '../../src/feed/fast-check.js';
import { CallSchema, CategorySchema, EventSchema, ServiceSchema } from '../../src/feed/schema.js';

const demoUrl = new URL('../../demo/feed.json', import.meta.url).href;
const schemas = { categories: CategorySchema, services: ServiceSchema, events: EventSchema, calls: CallSchema } as const;

describe('fastCheck (the allocation-free check derived from the schema)', () => {
  it('understands every item schema of the feed', () => {
    for (const schema of Object.values(schemas)) expect(fastCheck(schema)).to.be.a('function');
  });

  it('answers "unsure" for schemas it does not know, so valibot decides', () => {
    expect(fastCheck(v.pipe(v.string(), v.email()))).to.equal(undefined);
    expect(fastCheck(v.optional(v.string(), 'x'))).to.equal(undefined);
    expect(fastCheck(v.date())).to.equal(undefined);
  });

  it('accepts every item of the demo feed (the fast path is the common path)', async () => {
    const demo = await (await fetch(demoUrl)).json();
    for (const [list, schema] of Object.entries(schemas)) {
      const check = fastCheck(schema)!;
      for (const item of demo[list]) expect(check(item), `${list} ${item.id}`).to.equal(true);
    }
  });

  it('never accepts what valibot rejects, on mutated demo items', async () => {
    const demo = await (await fetch(demoUrl)).json();
    const keys = ['id', 'name', 'title', 'description', 'start', 'end', 'deadline', 'categories', 'languages', 'contacts', 'hours', 'locations', 'status', 'budget', 'registration', 'keywords', 'cost', 'timeZone', 'objectives'];
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('', 'javascript:alert(1)', 'de_DE', '25:00', 'mo', ['mo'], [], {}, { de_DE: 'x' }, { en: '' }, { days: [], opens: '09:00', closes: '10:00' }, NaN, -1, 1.5),
    );
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(schemas) as (keyof typeof schemas)[])), fc.nat(), fc.constantFrom(...keys), value, fc.nat(3), (list, index, key, val, depth) => {
        const items = demo[list] as Record<string, unknown>[];
        const item = structuredClone(items[index % items.length]!);
        // Replace at the top or one level down (inside a nested object or list) to reach inner schemas.
        const target = item[key];
        if (depth > 0 && target && typeof target === 'object') {
          const inner = Object.keys(target);
          if (inner.length) (target as Record<string, unknown>)[inner[depth % inner.length]!] = val;
        } else item[key] = val;
        const schema = schemas[list];
        if (fastCheck(schema)!(item)) expect(v.safeParse(schema, item).success, JSON.stringify(item)).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
