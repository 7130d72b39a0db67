// For the embed build: the table src/embed/chunk-deps.ts reads, written at the top of the entry
// (dist/civic-widgets.js). For every module the embed loads later (a widget, a part used on demand),
// its chunk and the chunks it imports, directly or not, as paths relative to the entry, so that the
// entry fetches them all at once instead of one level of imports per round trip. The entry itself is
// left out (it is loaded). scripts/size-report.mjs reads the table for the weight of each page. The table goes on a line of its own before the code, and the source map gets an
// empty line in front (a ';' before its mappings), so every other position stays where it was.
import { posix, relative, sep } from 'node:path';

/** @param {{ srcDir: string }} options  the folder the keys are relative to (src/) */
export function chunkDeps({ srcDir }) {
  return {
    name: 'civic-chunk-deps',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return;
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName, seen = new Set()) => {
        for (const imported of byName.get(fileName)?.imports ?? []) {
          if (imported === entry.fileName || seen.has(imported)) continue;
          seen.add(imported);
          closure(imported, seen);
        }
        return seen;
      };
      const table = {};
      for (const chunk of chunks) {
        if (!chunk.isDynamicEntry || !chunk.facadeModuleId) continue;
        const key = relative(srcDir, chunk.facadeModuleId)
          .split(sep)
          .join('/')
          .replace(/\.[cm]?[jt]s$/, '');
        table[key] = [chunk.fileName, ...[...closure(chunk.fileName)].sort()].map((file) => {
          const path = posix.relative(posix.dirname(entry.fileName), file);
          return path.startsWith('.') ? path : `./${path}`;
        });
      }
      entry.code = `var __CIVIC_CHUNK_DEPS__=${JSON.stringify(table)};\n${entry.code}`;
      const map = bundle[`${entry.fileName}.map`];
      if (entry.map) entry.map.mappings = `;${entry.map.mappings}`;
      if (map?.type === 'asset') {
        const json = JSON.parse(String(map.source));
        json.mappings = `;${json.mappings}`;
        map.source = JSON.stringify(json);
      }
    },
  };
}
