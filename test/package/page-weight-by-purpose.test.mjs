// Where a page's kilobytes go (scripts/page-weight-by-purpose.mjs), on the build `npm pack` made: the README and
// docs/decisions/per-page-loading.md explain each page's weight by it, so it must account for every byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packed, repo } from './packed.mjs';
import { weighPages } from '../../scripts/page-weight-by-purpose.mjs';

packed();
const measured = weighPages(join(repo, 'dist'));

test('each page is weighed as the size table weighs it, and every source of it has a named purpose', () => {
  assert.equal(measured.length, 5);
  for (const { page, total, cost } of measured) {
    assert.equal(total, page.bytes, page.name);
    assert.ok(!cost.has('other sources'), `${page.name}: a source no purpose names (add it to PURPOSES)`);
  }
});

test("the purposes' costs account for the page, leaving a small shared context", () => {
  for (const { page, total, cost } of measured) {
    const sum = [...cost.values()].reduce((a, b) => a + b, 0);
    for (const [purpose, bytes] of cost) assert.ok(bytes > 0, `${page.name}: ${purpose} costs ${bytes} B`);
    // What no one purpose owns (gzip finding a name in two purposes' code) stays a small share of the page.
    assert.ok(sum <= total && sum >= total * 0.9, `${page.name}: ${sum} of ${total} B accounted for`);
  }
});

test("a page pays only for its widgets' purposes", () => {
  const picker = measured.find(({ page }) => page.name === 'language-picker');
  const all = measured.find(({ page }) => page.widgets.length === 4);
  assert.ok(picker && all);
  for (const purpose of picker.cost.keys()) assert.ok(all.cost.has(purpose), purpose);
  const finderOnly = [...all.cost.keys()].filter((p) => p.startsWith('finder:'));
  assert.ok(finderOnly.length >= 3);
  for (const purpose of finderOnly) assert.ok(!picker.cost.has(purpose), `the picker's page pays for ${purpose}`);
});
