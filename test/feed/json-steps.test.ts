import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonSteps } from '../../src/feed/json-steps.js';
import { PARSE_IN_STEPS_FROM, readFeedText, readFeedTextSliced } from '../../src/feed/validate.js';
import { head, service } from './feed-builders.js';

const LISTS = ['categories', 'services', 'events', 'calls'];

/** Runs the steps to their end (read-feed.ts uses them for texts of 256 KB or more; here every text is scanned). */
function parse(text: string): { value?: unknown; error?: string; steps: number } {
  const steps = parseJsonSteps(text, LISTS);
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (step.done) return { ...step.value, steps: count };
  }
}

/** What JSON.parse says: the value, or that it throws. */
function reference(text: string): { value?: unknown; throws: boolean } {
  try {
    return { value: JSON.parse(text), throws: false };
  } catch {
    return { throws: true };
  }
}

function expectSameAsJsonParse(text: string): void {
  const expected = reference(text);
  const got = parse(text);
  expect(got.error !== undefined, `${text.slice(0, 200)}: ${got.error}`).to.equal(expected.throws);
  if (!expected.throws) {
    expect(got.value).to.deep.equal(expected.value);
    // Key order too (deep.equal ignores it).
    expect(JSON.stringify(got.value)).to.equal(JSON.stringify(expected.value));
  }
}

/** JSON text of a feed-shaped object, with white space JSON allows between the tokens. */
const spaced = (value: unknown): fc.Arbitrary<string> =>
  fc.constantFrom('', ' ', '\n', '\t', '\r\n  ').map((space) => {
    const text = JSON.stringify(value, null, space.includes('\n') ? 2 : undefined);
    return `${space}${text}${space}`;
  });

const feedShaped = fc.record(
  {
    version: fc.jsonValue({ maxDepth: 1 }),
    services: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.jsonValue({ maxDepth: 2 })),
    events: fc.array(fc.jsonValue({ maxDepth: 3 })),
    other: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
);

describe('parseJsonSteps: JSON.parse in steps', () => {
  it('gives what JSON.parse gives, for any JSON and any feed-shaped object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), feedShaped.chain(spaced), fc.dictionary(fc.string(), fc.jsonValue()).chain(spaced)), (text) =>
        expectSameAsJsonParse(text),
      ),
      { numRuns: 400 },
    );
  });

  it('fails exactly where JSON.parse fails, for JSON with a character removed, doubled or replaced', () => {
    const broken = fc
      .tuple(feedShaped.chain(spaced), fc.nat(), fc.constantFrom('remove', 'double', ',', ']', '}', '"', '\\', ':', 'x', ' '))
      .map(([text, n, change]) => {
        const at = n % Math.max(1, text.length);
        if (change === 'remove') return text.slice(0, at) + text.slice(at + 1);
        if (change === 'double') return text.slice(0, at) + text[at] + text.slice(at);
        return text.slice(0, at) + change + text.slice(at + 1);
      });
    fc.assert(
      fc.property(broken, (text) => expectSameAsJsonParse(text)),
      { numRuns: 1000 },
    );
  });

  it('reads strings with escaped quotes, backslashes and brackets, and keeps nesting whole', () => {
    for (const text of [
      String.raw`{"services":[{"id":"a\"]},{","name":"\\"},{"id":"b\\\"[{","x":[[["]"]]]}],"x":"\"}"}`,
      String.raw`{"services":["\\\\",  "\\\"" , "\u005d\u007d", {"a":{"b":{"c":[1,{"d":"}"}]}}}]}`,
      `{"services":[${'['.repeat(3000)}${']'.repeat(3000)}, {"id":"after"}]}`,
      `{"services":[] , "events" : [ ], "calls":[1e308,-0,123456789012345678901234567890,true,false,null]}`,
      '{}',
      ' { } ',
    ])
      expectSameAsJsonParse(text);
  });

  it('keeps "__proto__" as an own key, and the last of two equal keys in the first one\'s place', () => {
    const text = '{"__proto__":{"polluted":1},"services":[1],"version":1,"services":[{"__proto__":[2]}]}';
    const { value } = parse(text) as { value: Record<string, unknown> };
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'services', 'version']);
    expect(value.services).to.deep.equal(JSON.parse('[{"__proto__":[2]}]'));
    expectSameAsJsonParse(text);
  });

  it('refuses what JSON.parse refuses: trailing commas, missing values, text after the object, unclosed strings, bad escapes', () => {
    for (const text of [
      '{"services":[1,]}',
      '{"services":[1,,2]}',
      '{"services":[1 2]}',
      '{"a":1,}',
      '{"a":}',
      '{"a" 1}',
      '{a:1}',
      '{"a":1}}',
      '{"a":1} x',
      '{"services":[{"a":1]]}',
      '{"services":[{"a":"1}]}',
      '{"a":"\\x"}',
      '{"a":"tab\there"}',
      '{"a":1',
      '{',
      '{"services":[',
      '',
    ])
      expect(parse(text).error, text).to.be.a('string');
  });

  it('parses a large feed an item at a time: many steps, the same value', () => {
    const feed = { ...head, services: Array.from({ length: 2000 }, (_, i) => service(`s${i}`, { description: `"quoted" [${i}] {x}` })) };
    const text = JSON.stringify(feed);
    const got = parse(text);
    expect(got.steps).to.be.greaterThan(2);
    expect(got.value).to.deep.equal(feed);
  });
});

describe('readFeedTextSliced on a text of megabytes', () => {
  const feed = {
    ...head,
    services: Array.from({ length: 3000 }, (_, i) => service(`s${i}`, { description: `Text ${i} "in quotes" ] } \\ ${'x'.repeat(100)}` })),
  };

  it('reads every item (the same result as readFeedText), also after a byte order mark', async () => {
    const text = JSON.stringify(feed);
    expect(text.length).to.be.greaterThan(PARSE_IN_STEPS_FROM);
    const expected = readFeedText(text, { src: 'big' });
    expect(expected.feed?.services).to.have.length(3000);
    expect(await readFeedTextSliced(text, { src: 'big' })).to.deep.equal(expected);
    expect(await readFeedTextSliced(`\uFEFF${text}`, { src: 'big' })).to.deep.equal(expected);
  });

  it('is "not JSON" when it is not, as readFeedText says', async () => {
    const text = JSON.stringify(feed).replace('"s1500"', '"s1500",');
    expect(readFeedText(text).error?.kind).to.equal('not-json');
    const result = await readFeedTextSliced(text);
    expect(result.error?.kind).to.equal('not-json');
    expect(result.feed).to.equal(undefined);
  });
});
