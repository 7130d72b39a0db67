// For the embed build: one chunk (core) for every module all four widgets import, directly or not, that
// the entry does not hold already. Left to itself, rolldown groups modules by which entries and
// dynamic imports reach them; with parts loaded on first use (src/base/cold-part.ts) reaching a few of
// those modules too, it split them into several small chunks, each a request of its own and
// compressed apart (≈ 0.2 KB more on every page). Set after the module graph is built; the group's
// test reads it while the chunks are made.
/** @param {{ widgetIds: string[] }} options  the widgets' module ids (absolute paths) */
export function coreChunk({ widgetIds }) {
  const core = new Set();
  return {
    plugin: {
      name: 'civic-core-chunk',
      apply: 'build',
      buildEnd() {
        core.clear();
        const closure = (id, seen = new Set()) => {
          if (seen.has(id)) return seen;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) closure(dep, seen);
          return seen;
        };
        const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
        if (!entry || widgetIds.some((id) => !this.getModuleInfo(id))) return;
        const inEntry = closure(entry);
        const [first, ...others] = widgetIds.map((id) => closure(id));
        for (const id of first) if (!inEntry.has(id) && others.every((set) => set.has(id))) core.add(id);
      },
    },
    /** The code-splitting group: the core modules, and nothing they import (that is core or the entry already). */
    group: { name: 'core', test: (id) => core.has(id), includeDependenciesRecursively: false },
  };
}
