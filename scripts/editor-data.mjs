#!/usr/bin/env node
/**
 * Editor data made from custom-elements.json (run by `npm run analyze` after the analyzer), so that
 * an editor completes and explains the tags, their attributes and values, events, CSS parts and
 * custom properties in a city developer's HTML:
 * - web-types.json for JetBrains IDEs (WebStorm, PhpStorm…), found through package.json's "web-types";
 * - vscode.html-custom-data.json for VS Code (its settings name it: "html.customData").
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const docs = `${pkg.homepage.replace(/#.*$/, '')}#readme`;

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Type aliases of the sources that are unions of literals (`type HeadingLevel = 2 | 3 | 4 | 5 | 6`), for their values. */
const literalUnion = /^(?:\s*(?:'[^']*'|"[^"]*"|\d+)\s*\|?)+$/;
const aliases = new Map(
  readdirSync(join(root, 'src'), { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(root, 'src', String(f)), 'utf8').matchAll(/export type (\w+) = ([^;=]+);/g)])
    .filter(([, , union]) => literalUnion.test(union))
    .map(([, name, union]) => [name, union.replace(/\s+/g, ' ').trim()]),
);
const typeText = (type) => aliases.get(type?.text?.trim()) ?? type?.text;

/** `'select' | 'list'` → ['select', 'list'], `2 | 3` → ['2', '3']; anything else (string, number, boolean) → []. */
function choices(type) {
  const options = (typeText(type) ?? '').split('|').map((t) => t.trim());
  return options.every((t) => /^'[^']*'$|^"[^"]*"$|^\d+$/.test(t)) ? options.map((t) => t.replace(/^['"]|['"]$/g, '')) : [];
}
const isBoolean = (attribute) => (attribute.type?.text ?? '').trim() === 'boolean';
const describe = (x) => [x.description, x.summary].filter(Boolean).join('\n\n') || undefined;

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName,
          description: describe(d),
          'doc-url': docs,
          attributes: (d.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description,
            value: isBoolean(a)
              ? { type: 'boolean', required: false }
              : choices(a.type).length
                ? { type: typeText(a.type), required: true }
                : { type: typeText(a.type) ?? 'string', required: true },
          })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
          js: {
            properties: (d.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && !m.privacy)
              .map((m) => ({ name: m.name, description: m.description, type: typeText(m.type) })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
            properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

function vscodeData() {
  const markdown = (value) => (value ? { kind: 'markdown', value } : undefined);
  return {
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: markdown(
        [
          describe(d),
          d.events?.length ? `**Events:** ${d.events.map((e) => `\`${e.name}\``).join(', ')}` : '',
          d.cssParts?.length ? `**CSS parts:** ${d.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
          d.cssProperties?.length ? `**CSS custom properties:** ${d.cssProperties.map((p) => `\`${p.name}\``).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      ),
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description: markdown(a.description),
        ...(isBoolean(a) ? { valueSet: 'v' } : choices(a.type).length ? { values: choices(a.type).map((name) => ({ name })) } : {}),
      })),
      references: [{ name: 'civic-widgets', url: docs }],
    })),
  };
}

writeFileSync(join(root, 'web-types.json'), `${JSON.stringify(webTypes(), null, 2)}\n`);
writeFileSync(join(root, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(), null, 2)}\n`);
console.log(`editor-data: web-types.json and vscode.html-custom-data.json for ${elements.map((d) => d.tagName).join(', ')}`);
