// For the embed build: a second minifying pass with terser over each chunk rolldown's minifier (oxc) wrote.
// Measured on the embed: terser after oxc gives files 0.2–3 % smaller under gzip (its names chosen by how
// often each letter occurs, double quotes instead of backticks, a few more folds): 0.75 KB less for a page
// with all four widgets, 0.43 KB for a page with the language picker. Terser alone, from the unminified
// code, gave no gain. No comment is kept: the embed is run, never bundled again, so annotations such as
// /* @__PURE__ */ are dead bytes in it (the modules build keeps them for the app's bundler). Only safe
// transforms (terser's defaults); the source maps are composed, so they still lead to the sources. Runs in
// generateBundle, before the chunk table goes on top of the entry (scripts/vite-plugin-chunk-deps.mjs): the
// files' names, and so their hashes, are the ones rolldown gave.
import { minify } from 'terser';

export function terserPass() {
  return {
    name: 'civic-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapFile = bundle[`${chunk.fileName}.map`];
        const mapLine = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const code = mapLine ? chunk.code.slice(0, -mapLine.length) : chunk.code;
        const inputMap = chunk.map ? JSON.stringify(chunk.map) : mapFile?.type === 'asset' ? String(mapFile.source) : undefined;
        const result = await minify(code, {
          module: true,
          compress: { passes: 2 },
          mangle: true,
          format: { comments: false },
          sourceMap: inputMap ? { content: inputMap, includeSources: true } : false,
        });
        chunk.code = `${result.code}${mapLine}`;
        if (!inputMap || typeof result.map !== 'string') continue;
        const map = JSON.parse(result.map);
        if (chunk.map)
          Object.assign(chunk.map, { mappings: map.mappings, names: map.names, sources: map.sources, sourcesContent: map.sourcesContent });
        if (mapFile?.type === 'asset') {
          const previous = JSON.parse(String(mapFile.source));
          mapFile.source = JSON.stringify({
            ...previous,
            mappings: map.mappings,
            names: map.names,
            sources: map.sources,
            sourcesContent: map.sourcesContent,
          });
        }
      }
    },
  };
}
