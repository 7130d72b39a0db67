/**
 * How many characters the page has not shown before one frame may lay out. The first time a browser lays
 * out a character its fonts have not drawn yet (an Ethiopic syllable, a rare sign), it looks for a font that
 * has it, during the frame's layout, where no script can split the work: Chromium on Linux took 0.3–0.5 ms
 * a character (fontconfig), and a first screen of feed text from a hundred scripts was one layout of
 * 110–150 ms with every widget's own work under 50 ms; the same text shown again took no time. A list staged
 * by `RenderStages` asks here how many of its next items fit this frame's allowance and leaves the rest for
 * the frames after it.
 *
 * The count is an upper bound: every non-ASCII character of an item's strings, in all its languages,
 * counted once per page (the browser finds a font for a run of one script at once, and keeps what it
 * found). A feed in a few scripts spends the allowance on its first cards and never again; one whose items
 * bring hundreds of scripts shows them an item or two a frame. Plain and DOM-free apart from
 * `requestAnimationFrame` and timers.
 *
 * @module
 */
import { nextTask } from './task-slicing.js';

/**
 * New characters a frame may bring: with the rest of a first render's layout, under 50 ms (hostile-feed
 * benchmark, 20 feeds: 100 left 3 over, 50 one in some runs, 30 none in 6 runs).
 */
export const NEW_CHARACTERS_PER_FRAME = 30;
/** A hidden page draws no frames: the allowance comes back after this long anyway. */
const HIDDEN_PAGE_MS = 100;
/** Feed items are a few levels deep; their strings are looked at no deeper. */
const MAX_DEPTH = 4;

const counted = new Set<number>();
let left = NEW_CHARACTERS_PER_FRAME;
let renewal: Promise<void> | undefined;

/** Adds the code points of `value`'s strings that are not yet counted to `into`. ASCII is never looked up. */
function collectNew(value: unknown, into: Set<number>, depth: number): void {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) {
      const c = value.codePointAt(i)!;
      if (c > 0xffff) i++;
      if (c >= 0x80 && !counted.has(c)) into.add(c);
    }
    return;
  }
  if (depth >= MAX_DEPTH || !value || typeof value !== 'object') return;
  for (const v of Array.isArray(value) ? value : Object.values(value)) collectNew(v, into, depth + 1);
}

/** Spends `n` of this frame's allowance; it is whole again in the first task after the next frame. */
function spend(n: number): void {
  left -= n;
  renewal ??= new Promise<void>((resolve) => {
    // After the frame, not in its callback: what renders in a frame callback is laid out in that same frame.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => void nextTask().then(resolve));
    setTimeout(resolve, HIDDEN_PAGE_MS);
  }).then(() => {
    left = NEW_CHARACTERS_PER_FRAME;
    renewal = undefined;
  });
}

/**
 * How many of the items `from` … `to - 1` (`itemAt(i)`) this frame may still show, counting them shown.
 * The first item is taken whatever it holds when `atLeastOne` (a list's first stage never shows nothing) or
 * when the frame's allowance is whole (an item too big for any frame goes alone).
 */
export function fitNewCharacters(itemAt: (i: number) => unknown, from: number, to: number, atLeastOne: boolean): number {
  let i = from;
  for (; i < to; i++) {
    const unseen = new Set<number>();
    collectNew(itemAt(i), unseen, 0);
    const first = i === from && (atLeastOne || left >= NEW_CHARACTERS_PER_FRAME);
    if (unseen.size > left && !first) break;
    for (const c of unseen) counted.add(c);
    if (unseen.size) spend(unseen.size);
  }
  return i - from;
}

/** Settles once the frame's allowance is whole again. */
export function newCharactersAllowed(): Promise<void> {
  return renewal ?? Promise.resolve();
}
