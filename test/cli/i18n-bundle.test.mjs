// The shipped translation files (scripts/i18n-bundle.mjs): every message of the sources is found
// under the shortened id the browser looks up (src/i18n/ui-locale.ts, byIdPrefix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unescapeXml } from '../../scripts/xml-text.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The English of each plain message of a language's XLIFF, by id. */
async function englishOf(locale) {
  const xliff = await readFile(join(root, 'locales', `${locale}.xlf`), 'utf8');
  return new Map(
    [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>/g)].map(([, id, text]) => [id, unescapeXml(text)]),
  );
}

test('every message is shipped under a unique id prefix, with the same words as the sources, but for the English itself', async () => {
  const out = await mkdtemp(join(tmpdir(), 'civic-locales-'));
  await new Promise((resolve, reject) =>
    execFile(process.execPath, ['scripts/i18n-bundle.mjs', out], { cwd: root }, (error) => (error ? reject(error) : resolve())),
  );
  const files = (await readdir(join(root, 'src/generated/locales'))).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 36, `${files.length} translations`);
  for (const file of files) {
    const source = await readFile(join(root, 'src/generated/locales', file), 'utf8');
    const ids = [...source.matchAll(/'([sh][0-9a-f]{16})':\s*(str|html)?`([^`]*)`/g)];
    const shipped = await import(pathToFileURL(join(out, file.replace(/\.ts$/, '.js'))).href);
    assert.ok(shipped.idLength >= 5 && shipped.idLength < 17, `${file}: idLength ${shipped.idLength}`);
    const english = await englishOf(file.replace(/\.ts$/, ''));
    // A translation that is the English itself is left out: msg() shows the English.
    const same = ids.filter(([, id, tag, text]) => !tag && english.get(id) === text);
    assert.equal(Object.keys(shipped.templates).length, ids.length - same.length, `${file}: a prefix is shared by two ids`);
    for (const [, id, tag, text] of ids) {
      const message = shipped.templates[id.slice(0, shipped.idLength)];
      if (same.some(([, sameId]) => sameId === id)) {
        assert.equal(message, undefined, `${file} ${id}: the English itself, shipped`);
        continue;
      }
      if (tag) assert.equal(message.strings.join('${}'), text.replace(/\$\{\d+\}/g, '${}'), `${file} ${id}`);
      else assert.equal(message, text.replace(/\\`/g, '`'), `${file} ${id}`);
      if (tag === 'html') assert.equal(message._$litType$, 1, `${file} ${id}: an html template`);
      if (tag === 'str') assert.equal(message.strTag, true, `${file} ${id}: a str template`);
    }
  }
});
