/**
 * Loads a module of the embed together with the files it imports, all at once. A widget's file
 * imports shared files (Lit, the base, the feed); loaded on its own, the browser would find those
 * only after the widget's file arrived, one round trip later on a slow connection. The build
 * (scripts/vite-plugin-chunk-deps.mjs) writes the table at the top of the embed's entry: for each
 * module loaded later, its file and the files it needs, relative to the entry (its own file is then
 * asked for twice, which the browser's module map answers once). From the sources (tests, the dev
 * server) there is no table and `load` runs alone.
 */
declare const __CIVIC_CHUNK_DEPS__: Readonly<Record<string, readonly string[]>> | undefined;

/**
 * `load()` (a dynamic import of the module `key`: its path under src/, without extension), with the files it
 * imports fetched beside it. `attempt` > 0 after a failed load: a page's module map may keep a failed import
 * failed (Firefox's does), so the module's own file is asked for again under another URL (`?retry=N`);
 * a file it imports that failed too stays failed until the page is reloaded.
 */
export function withDeps<T>(key: string, load: () => Promise<T>, attempt = 0): Promise<T> {
  const deps = typeof __CIVIC_CHUNK_DEPS__ === 'undefined' ? [] : (__CIVIC_CHUNK_DEPS__[key] ?? []);
  const url = (file: string): string => new URL(file, import.meta.url).href;
  const retry = attempt > 0 && deps.length > 0;
  const own = retry ? (import(/* @vite-ignore */ `${url(deps[0]!)}?retry=${attempt}`) as Promise<T>) : load();
  const others = retry ? deps.slice(1) : deps;
  return Promise.all([own, ...others.map((dep) => import(/* @vite-ignore */ url(dep)))]).then(([module]) => module);
}
