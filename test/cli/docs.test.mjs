// The docs stay true to the code and stand alone: every public name is in docs/elements.md, every relative
// link in the Markdown leads somewhere, and nothing points at a document outside the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const elementsDoc = read('docs/elements.md');

/** The custom elements manifest, as `npm run analyze` writes it from the JSDoc (custom-elements.json, not committed). */
async function manifest() {
  const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  await new Promise((done, fail) =>
    execFile(process.execPath, [cem, 'analyze'], { cwd: root }, (error, _out, stderr) => (error ? fail(new Error(stderr)) : done())),
  );
  return JSON.parse(read('custom-elements.json'));
}

test('docs/elements.md names every tag, attribute, event, CSS part and custom property of the manifest', async () => {
  const missing = [];
  const want = (name, what) =>
    elementsDoc.includes(`\`${name}\``) || elementsDoc.includes(`\`<${name}>\``) || missing.push(`${what} ${name}`);
  let tags = 0;
  for (const mod of (await manifest()).modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      if (d.tagName) (tags++, want(d.tagName, 'tag'));
      for (const a of d.attributes ?? []) want(a.name, `${d.tagName ?? d.name} attribute`);
      for (const e of d.events ?? []) want(e.name, `${d.tagName ?? d.name} event`);
      for (const p of d.cssParts ?? []) want(p.name, `${d.tagName ?? d.name} part`);
      for (const p of d.cssProperties ?? []) want(p.name, `${d.tagName ?? d.name} custom property`);
    }
  }
  assert.equal(tags, 4, 'the manifest lists the four widgets');
  assert.deepEqual(missing, []);
});

test('docs/elements.md names every --civic-* custom property the styles read', () => {
  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) for (const [, name] of read(path).matchAll(/var\((--civic-[a-z0-9-]+)/g)) used.add(name);
    }
  };
  walk('src');
  assert.ok(used.size > 10);
  assert.deepEqual(
    [...used].filter((name) => !elementsDoc.includes(`\`${name}\``)),
    [],
  );
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(text) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, heading] of text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

function markdownFiles() {
  const files = ['README.md', 'DEVELOPERS.md', 'locales/README.md', 'schema/README.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files.filter((file) => existsSync(join(root, file)));
}

test('every relative link in the Markdown leads to a file (and a heading) that exists', () => {
  const broken = [];
  for (const file of markdownFiles()) {
    const text = read(file).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const linked = path ? resolve(root, dirname(file), path) : join(root, file);
      if (!existsSync(linked)) {
        broken.push(`${file}: ${target}`);
        continue;
      }
      if (anchor && linked.endsWith('.md') && !anchorsOf(readFileSync(linked, 'utf8')).has(anchor))
        broken.push(`${file}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('nothing in the repository points at a design document outside it', () => {
  let files;
  try {
    files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
  } catch {
    return; // not a git checkout (an unpacked package): nothing to check
  }
  const self = relative(root, fileURLToPath(import.meta.url));
  const outside = /DESIGN\.md|\.\.\/shared\//;
  const found = files.filter(
    (f) => f && f !== self && /\.(md|mdx|ts|mjs|js|json|html|css)$/.test(f) && existsSync(join(root, f)) && outside.test(read(f)),
  );
  assert.deepEqual(found, []);
});
