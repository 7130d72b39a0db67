// What editors read from the packed package: custom-elements.json (package.json "customElements"),
// web-types.json (JetBrains, "web-types") and vscode.html-custom-data.json (VS Code's html.customData):
// all four tags, each with the manifest's attributes, events, parts and custom properties, and
// module paths that are files in the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed, packed } from './packed.mjs';

packed();
const read = (file) => JSON.parse(readFileSync(join(installed, file), 'utf8'));
const pkg = read('package.json');
const manifest = read(pkg.customElements);
const tags = ['civic-event-list', 'civic-language-picker', 'civic-partner-call', 'civic-service-finder'];
const declarations = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d]),
);
const names = (list) => (list ?? []).map((x) => x.name).sort();

test('custom-elements.json: the four tags, from modules the package ships', () => {
  assert.deepEqual([...declarations.keys()].sort(), tags);
  for (const module of manifest.modules) assert.ok(existsSync(join(installed, module.path)), module.path);
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  assert.deepEqual(definitions.sort(), tags);
});

test('web-types.json (JetBrains): named by package.json, the same API as the manifest', () => {
  const webTypes = read(pkg['web-types']);
  assert.equal(webTypes.name, 'civic-widgets');
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(
    elements.map((e) => e.name),
    tags,
  );
  for (const element of elements) {
    const d = declarations.get(element.name);
    assert.deepEqual(names(element.attributes), names(d.attributes), element.name);
    assert.deepEqual(names(element.js.events), names(d.events), element.name);
    assert.deepEqual(names(element.css.parts), names(d.cssParts), element.name);
    assert.deepEqual(names(element.css.properties), names(d.cssProperties), element.name);
    assert.ok(element.description, `${element.name} has a description`);
  }
  const variant = elements.find((e) => e.name === 'civic-language-picker').attributes.find((a) => a.name === 'variant');
  assert.equal(variant.value.type, "'select' | 'list' | 'compact'");
});

test('vscode.html-custom-data.json: the tags with their attributes and the values they take', () => {
  const data = read('vscode.html-custom-data.json');
  assert.ok(pkg.exports['./vscode.html-custom-data.json'], 'exported, so html.customData can point into node_modules');
  assert.equal(data.version, 1.1);
  assert.deepEqual(
    data.tags.map((t) => t.name),
    tags,
  );
  for (const tag of data.tags) assert.deepEqual(names(tag.attributes), names(declarations.get(tag.name).attributes), tag.name);
  const theme = data.tags[0].attributes.find((a) => a.name === 'theme');
  assert.deepEqual(
    theme.values.map((v) => v.name),
    ['light', 'dark', 'high-contrast'],
  );
  const finder = data.tags.find((t) => t.name === 'civic-service-finder');
  assert.equal(finder.attributes.find((a) => a.name === 'url-state').valueSet, 'v');
  assert.match(finder.description.value, /civic-search/);
});
