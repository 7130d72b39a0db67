/**
 * The package as a city developer gets it: `npm pack`, unpacked into a folder outside this clone as
 * `node_modules/civic-widgets`, beside its dependencies (and nothing else of ours), so that an app
 * there resolves `civic-widgets` to what the tarball holds, never to the sources.
 *
 * The dependencies are linked from this clone's node_modules rather than installed (no `npm install`
 * per app: the tests stay fast and offline): exactly the package's `dependencies` and what they need,
 * so a shipped import of anything else (valibot, minisearch) fails to resolve. The bundlers run from
 * this clone (devDependencies); the apps' own libraries (React, Vue, Svelte, Angular, @lit/localize,
 * and Vite for an app's own vite.config.js) are linked too.
 *
 *   node test/package/packed.mjs   packs and lays out the folder (run by `npm run test:package` first)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');
/** One folder per clone: two clones on one machine test side by side. */
export const root = join(tmpdir(), `civic-widgets-packed-${createHash('sha1').update(repo).digest('hex').slice(0, 8)}`);
export const installed = join(root, 'node_modules/civic-widgets');
/**
 * The libraries and build tools the test apps themselves import (besides civic-widgets). Linked
 * alone: Node and the bundlers follow a link to its real folder here and find its dependencies there.
 */
const appLibraries = [
  '@lit/localize',
  'react',
  'react-dom',
  'vue',
  'vite',
  '@vitejs/plugin-vue',
  'svelte',
  '@angular/core',
  '@angular/common',
  '@angular/compiler',
  'rxjs',
  'tslib',
  '@types/react',
];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A package and everything it depends on, by name (this clone's node_modules is flat where it matters). */
function withDependencies(names, from = repo, seen = new Set()) {
  for (const name of names) {
    if (seen.has(name)) continue;
    const dir = join(from, 'node_modules', name);
    if (!existsSync(dir)) throw new Error(`${name} is not installed in ${from}: run npm install`);
    seen.add(name);
    const manifest = readJson(join(dir, 'package.json'));
    const needs = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
      // A copy nested in the package's own node_modules comes along with its link; an optional peer may be absent.
      .filter(
        (d) =>
          !existsSync(join(dir, 'node_modules', d)) &&
          !(manifest.peerDependenciesMeta?.[d]?.optional && !existsSync(join(from, 'node_modules', d))),
      );
    withDependencies(needs, from, seen);
  }
  return seen;
}

/** Packs (the prepack script builds first) and lays out `root`. Returns the tarball's path. */
export function packAndInstall() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  // prepack (the build) prints to the same stdout: the JSON answer is the part from its last line "[".
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', root], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [{ filename }] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1));
  const tarball = join(root, filename);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const own = readJson(join(installed, 'package.json'));
  for (const name of new Set([
    ...withDependencies(Object.keys(own.dependencies ?? {})),
    ...appLibraries.filter((l) => existsSync(join(repo, 'node_modules', l))),
  ])) {
    const link = join(root, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(repo, 'node_modules', name), link, 'dir');
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'city-apps', private: true, type: 'module' }, null, 2));
  writeFileSync(join(root, 'packed.json'), JSON.stringify({ tarball }, null, 2));
  return tarball;
}

/** The tarball `packAndInstall` made (it must have run: `npm run test:package` does). */
export function packed() {
  const file = join(root, 'packed.json');
  if (!existsSync(file)) throw new Error('No packed package: run "node test/package/packed.mjs" (npm run test:package does) first.');
  return readJson(file);
}

/** Copies the app in test/package/apps/<name> to a fresh folder under `root`; returns that folder. */
export function freshApp(name) {
  const dir = join(root, 'apps', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(repo, 'test/package/apps', name), dir, { recursive: true });
  return dir;
}

/** The package's shipped files, relative to its folder. */
export function shippedFiles(dir = installed, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? shippedFiles(dir, path) : [path];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tarball = packAndInstall();
  console.log(`packed ${tarball}, installed in ${installed}`);
}
