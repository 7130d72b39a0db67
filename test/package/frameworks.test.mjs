// The framework guides in docs/ run as written: their code blocks marked `file=…` are written into an
// app beside the packed package, built, and (React, Vue, Svelte) opened in Chromium: the widgets render,
// the finder's search event reaches the framework's state, and the page switches to Arabic. Angular's
// component is compiled ahead of time by ngc with strict templates (not run in a browser).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { compile } from 'svelte/compiler';
import { packed, repo, root } from './packed.mjs';
import { closeBrowser, newTab, serve, switchedWords, uiWords, widgetTexts, widgetsReady } from './in-browser.mjs';

packed();
after(closeBrowser);

/** The code blocks of docs/<guide> marked ```lang file=path, written into a fresh app folder. */
function appFromGuide(guide, extra = {}) {
  const dir = join(root, 'apps', `guide-${guide.replace(/\W/g, '-')}`);
  rmSync(dir, { recursive: true, force: true });
  const markdown = readFileSync(join(repo, 'docs', guide), 'utf8');
  const files = {
    ...Object.fromEntries([...markdown.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)].map(([, path, code]) => [path, code])),
    ...extra,
  };
  assert.ok(Object.keys(files).length > Object.keys(extra).length, `${guide} has code blocks marked file=`);
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  return dir;
}

const page = (mount, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A city app</title>
<script type="module" src="${script}"></script></head>
<body><div id="${mount}"></div></body></html>`;

const tags = ['civic-language-picker', 'civic-service-finder'];
const arabic = uiWords('ar');

/** Opens the built app: widgets render, Arabic from the picker, a search reaches the framework's state. */
async function checkInBrowser(out) {
  const server = await serve(out);
  const { tab, problems } = await newTab();
  try {
    await tab.goto(server.origin, { waitUntil: 'load' });
    await widgetsReady(tab, tags);
    // pageSize={5} reached the element as a number: five results, not the default ten.
    assert.equal(await tab.evaluate(() => document.querySelector('civic-service-finder').pageSize), 5);
    const english = await widgetTexts(tab, tags);
    await tab.evaluate(() =>
      [...document.querySelector('civic-language-picker').shadowRoot.querySelectorAll('button[lang]')].find((b) => b.lang === 'ar').click(),
    );
    await tab.waitForFunction(
      (t) => t.every((tag) => document.querySelector(tag).getAttribute('lang') === 'ar'),
      { timeout: 10_000 },
      tags,
    );
    let wrong;
    for (let tries = 0; tries < 50 && wrong?.length !== 0; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 100));
      wrong = switchedWords(english, await widgetTexts(tab, tags), arabic);
    }
    assert.deepEqual(wrong, []);
    // The finder's search event reaches the framework's state (after the switch: its live region
    // keeps the words of the last announcement until the next one).
    await tab.evaluate(() => {
      const input = document.querySelector('civic-service-finder').shadowRoot.querySelector('input[type=search]');
      input.value = 'عيادة';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await tab.waitForFunction(() => /Your search found [1-9]\d* services\./.test(document.querySelector('#found')?.textContent ?? ''), {
      timeout: 10_000,
    });
    assert.deepEqual(problems, []);
  } finally {
    await tab.browserContext().close();
    await server.close();
  }
}

describe('docs/react.md (React 19, built by Vite)', () => {
  test('the guide builds and runs', async () => {
    const app = appFromGuide('react.md', { 'index.html': page('root', '/src/main.jsx') });
    await viteBuild({ configFile: false, root: app, logLevel: 'warn', build: { outDir: join(app, 'out'), emptyOutDir: true } });
    await checkInBrowser(join(app, 'out'));
  });
});

describe("docs/react.md's TypeScript declaration of the tags for JSX", () => {
  test('type-checks a component using the finder, and catches a wrong prop type', async () => {
    const app = appFromGuide('react.md', {
      'src/Typed.tsx': `import 'civic-widgets/service-finder.js';
export const Found = ({ onFound }: { onFound: (count: number) => void }) => (
  <civic-service-finder src="/feed.json" pageSize={5} oncivic-search={(event) => onFound(event.detail.resultCount)}></civic-service-finder>
);
// @ts-expect-error pageSize is a number
export const Wrong = () => <civic-service-finder pageSize="five"></civic-service-finder>;
`,
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          lib: ['ES2022', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['src/civic-widgets-jsx.d.ts', 'src/Typed.tsx'],
      }),
    });
    const result = await new Promise((resolve) =>
      execFile(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app }, (error, stdout) =>
        resolve({ code: error?.code ?? 0, stdout }),
      ),
    );
    assert.equal(result.code, 0, result.stdout);
  });
});

describe('docs/vue.md (Vue 3, built by Vite with @vitejs/plugin-vue)', () => {
  test('the guide builds with its vite.config.js and runs', async () => {
    const app = appFromGuide('vue.md', { 'index.html': page('app', '/src/main.js') });
    await viteBuild({
      configFile: join(app, 'vite.config.js'),
      root: app,
      logLevel: 'warn',
      build: { outDir: join(app, 'out'), emptyOutDir: true },
    });
    await checkInBrowser(join(app, 'out'));
  });
});

describe("docs/svelte.md (Svelte 5's compiler, bundled by esbuild)", () => {
  test('the guide compiles and runs', async () => {
    const app = appFromGuide('svelte.md', { 'out/index.html': page('app', './main.js') });
    const svelte = {
      name: 'svelte',
      setup(build) {
        build.onLoad({ filter: /\.svelte$/ }, ({ path }) => ({
          contents: compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' }).js.code,
          loader: 'js',
        }));
      },
    };
    await esbuild({
      entryPoints: [join(app, 'src/main.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(app, 'out'),
      conditions: ['svelte', 'browser'],
      plugins: [svelte],
      logLevel: 'warning',
    });
    await checkInBrowser(join(app, 'out'));
  });
});

describe("docs/angular.md (Angular's ahead-of-time compiler)", () => {
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM'],
      strict: true,
      experimentalDecorators: false,
      outDir: 'out',
      skipLibCheck: true,
      types: [],
    },
    angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true },
    files: ['src/app/city-services.component.ts'],
  };
  const ngc = (app) =>
    new Promise((resolve) =>
      execFile(
        process.execPath,
        [join(repo, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', join(app, 'tsconfig.json')],
        { cwd: app },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      ),
    );

  test('the component compiles with strict templates', async () => {
    const app = appFromGuide('angular.md', { 'tsconfig.json': JSON.stringify(tsconfig) });
    const result = await ngc(app);
    assert.equal(result.code, 0, result.output);
    assert.match(readFileSync(join(app, 'out/city-services.component.js'), 'utf8'), /ɵɵdefineComponent[\s\S]*civic-service-finder/);
  });

  test('without CUSTOM_ELEMENTS_SCHEMA it fails as the guide says (NG8001)', async () => {
    const app = appFromGuide('angular.md', { 'tsconfig.json': JSON.stringify(tsconfig) });
    const file = join(app, 'src/app/city-services.component.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n', ''));
    const result = await ngc(app);
    assert.notEqual(result.code, 0);
    assert.match(stripVTControlCharacters(result.output), /NG8001: 'civic-language-picker' is not a known element/);
  });
});
