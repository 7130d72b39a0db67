// The pseudo-locales and the room a translation may take (scripts/i18n-pseudo.mjs), which
// `npm run i18n:check` enforces and the browser tests render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pseudoTarget, pseudoXliff, roomFor, width } from '../../scripts/i18n-pseudo.mjs';

const x = (id) => `<x id="${id}" equiv-text="\${v${id}}"/>`;

test("the room is 40 % more than the English plus 10 characters, or the unit's maxwidth", () => {
  assert.equal(roomFor('Now'), 15);
  assert.equal(roomFor('Find a service'), 30);
  assert.equal(roomFor(`Showing ${x(0)} of ${x(1)} services`), 40); // the text, not the values
  assert.equal(roomFor('Speaks', 24), 24);
  assert.equal(width('Tom &amp; Jerry'), 11);
  assert.equal(width('\u202Eabc\u202C'), 3);
});

test('a pseudo-translation is accented, exactly as long as the room, and keeps every placeholder in place', () => {
  const source = `Showing ${x(0)} of ${x(1)} services`;
  const target = pseudoTarget(source);
  assert.equal(width(target), roomFor(source));
  assert.match(target, /^⟪Šĥöŵîñĝ <x id="0" equiv-text="\$\{v0\}"\/> öƒ <x id="1" equiv-text="\$\{v1\}"\/> šéŕṽîçéš [^⟫]+⟫$/);
  assert.equal(pseudoTarget(x(0)), x(0)); // nothing to translate
  assert.equal(pseudoTarget('Fish &amp; chips'), pseudoTarget('Fish &amp; chips'));
  assert.match(pseudoTarget('Fish &amp; chips'), /^⟪Ƒîšĥ &amp; çĥîþš /);
});

test('the right-to-left pseudo-locale draws each run of text right to left, placeholders outside', () => {
  const target = pseudoTarget(`In ${x(0)}`, { rtl: true });
  assert.match(target, /^\u202E⟪Îñ \u202C<x id="0" equiv-text="\$\{v0\}"\/>\u202E [^⟫]*⟫\u202C$/);
});

test('a pseudo-locale file is rewritten from its sources, with the widest room any language was given', () => {
  const xml = '<trans-unit id="a">\n  <source>Now</source>\n  <target>old</target>\n</trans-unit>';
  const out = pseudoXliff(xml, 'en-XA', new Map([['a', 20]]));
  assert.match(out, /<source>Now<\/source>\n {2}<target>⟪Ñöŵ [^<]*⟫<\/target>/);
  assert.equal(width(/<target>(.*)<\/target>/.exec(out)[1]), 20);
});
