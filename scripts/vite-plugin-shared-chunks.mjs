// For the embed build: the chunks the widgets share, one per set of widgets that share modules. A module
// the entry does not hold already and that two or more widgets import (directly or not) goes into the
// chunk of exactly those widgets: `core` for what all four need (Lit, the base, the feed), and e.g.
// `shared-finder-list-call` for what the finder, the event list and the partner call need and the
// language picker does not. So a page downloads no module of a widget it does not show, in as few files
// as that allows. Left to itself, rolldown groups modules by which entries and dynamic imports reach them;
// with parts loaded on first use (src/base/cold-part.ts) reaching some of those modules too, it split them
// into several small chunks, each a request of its own and compressed apart (≈ 0.2 KB more on a page).
// A part loaded on first use loads after its widget, whose chunks are there by then. Set after the
// module graph is built; the group's name function reads it while the chunks are made.

/** Short names of the widgets, for the chunks' names (in the order of `widgetIds`). */
const SHORT = { 'service-finder': 'finder', 'language-picker': 'picker', 'event-list': 'list', 'partner-call': 'call' };

/** @param {{ widgetIds: string[] }} options  the widgets' module ids (absolute paths: …/src/components/<widget>/<widget>.ts) */
export function sharedChunks({ widgetIds }) {
  /** Module id → the name of its chunk. */
  const chunkOf = new Map();
  const names = widgetIds.map((id) => {
    const widget = id.replace(/^.*\/([^/]+)\.[cm]?[jt]s$/, '$1');
    return SHORT[widget] ?? widget;
  });
  return {
    plugin: {
      name: 'civic-shared-chunks',
      apply: 'build',
      buildEnd() {
        chunkOf.clear();
        const closure = (id, seen = new Set()) => {
          if (seen.has(id)) return seen;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) closure(dep, seen);
          return seen;
        };
        const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
        if (!entry || widgetIds.some((id) => !this.getModuleInfo(id))) return;
        const inEntry = closure(entry);
        const reached = widgetIds.map((id) => closure(id));
        for (const id of new Set(reached.flatMap((set) => [...set]))) {
          if (inEntry.has(id)) continue;
          const by = names.filter((_, i) => reached[i].has(id));
          if (by.length === names.length) chunkOf.set(id, 'core');
          else if (by.length > 1) chunkOf.set(id, `shared-${by.join('-')}`);
        }
      },
    },
    /** The code-splitting group: each module its chunk's name, and nothing it imports (that has its own). */
    group: { name: (id) => chunkOf.get(id) ?? null, debugName: 'shared chunks', includeDependenciesRecursively: false },
  };
}
