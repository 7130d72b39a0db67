import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitNewCharacters, newCharactersAllowed } from '../scheduling/new-characters.js';
import { nextTask } from '../scheduling/task-slicing.js';

/** Items in the first stage: a phone's first screen of cards or event rows. */
const FIRST_STAGE = 3;
/** What a later stage may take: its items are as many as took about this long in the stage before. */
const STAGE_MS = 8;
const MAX_STAGE = 40;

/**
 * A list's render in stages: the widget with its first few items in one task, more items in each task
 * after it, as many as fit in a few milliseconds by what the stage before took. Creating an item's
 * elements is most of a render's cost (≈ 3 ms a card or event row on a phone 4× slower than a
 * desktop): ten at once made each widget's first render one task of 100–270 ms on such a phone, long
 * enough to hold up a tap on the page.
 *
 * Staged: the widget's first render with its feed (when every widget of the page renders), and a list
 * the widget starts again (`restart()`: the partner call's new selection, which may be hundreds of
 * calls). Other renders (a filter, "Show more", the next minute) update or add items at once.
 *
 * A list asks `take(n)` how many of its `n` items to render; `staging` is true while items are held
 * back (leave out what belongs after the last item, such as "Show more", until it is there).
 * `pending` settles after the last stage: the host's `updateComplete` waits for it (CivicElement).
 */
export class RenderStages implements ReactiveController {
  /** How many items a render may show now; Infinity once the stages are over. */
  #allowed = FIRST_STAGE;
  #begun = false;
  #heldBack = false;
  /** Whether this render held items back for the frame's new characters: the next stage comes after a frame. */
  #waitsForFrame = false;
  /**
   * Whether this stage waited for a frame: it shows one item at least, whatever the others took of the frame's
   * allowance (else the list that asks first each frame takes it all, and the others wait until it is done).
   */
  #afterFrame = false;
  /** Items the last render showed, and those of the render before (what the last one added). */
  #taken = 0;
  #takenBefore = 0;
  #renderStart = 0;
  /** Counts restarts: a stage planned for the list before is dropped. */
  #list = 0;
  #over: Promise<void> | undefined;
  #end: (() => void) | undefined;
  /** Out of the page, a list renders no further stage: it waits (`#resumes`) until it is back. */
  #connected = false;
  #resumes = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * How many of `wanted` items this render shows (all of them, except while staged). With `itemAt`, a stage
   * also holds back the items whose characters would be too many new ones for one frame (new-characters.ts).
   */
  take(wanted: number, itemAt?: (i: number) => unknown): number {
    this.#begun = true;
    let n = Math.min(wanted, this.#allowed);
    this.#waitsForFrame = false;
    const afterFrame = this.#afterFrame;
    this.#afterFrame = false;
    if (itemAt && this.#allowed !== Infinity && n > this.#taken) {
      const fit = this.#taken + fitNewCharacters(itemAt, this.#taken, n, this.#taken === 0 || afterFrame);
      this.#waitsForFrame = fit < n;
      n = fit;
    }
    if (n < wanted && !this.#heldBack) {
      this.#heldBack = true;
      this.#over ??= new Promise((resolve) => (this.#end = resolve));
    }
    this.#taken = n;
    return n;
  }

  /** Stages a new list from its first items (call before `take`, in the render that shows it). */
  restart(): void {
    this.#allowed = FIRST_STAGE;
    this.#takenBefore = 0;
    this.#taken = 0;
    this.#list++;
  }

  /** Whether this render holds items back. */
  get staging(): boolean {
    return this.#heldBack;
  }

  /** Settles after the last stage's render; undefined when no stage is left. */
  get pending(): Promise<void> | undefined {
    return this.#over;
  }

  hostConnected(): void {
    this.#connected = true;
    if (!this.#resumes) return;
    this.#resumes = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
  }

  hostUpdate(): void {
    this.#renderStart = performance.now();
  }

  hostUpdated(): void {
    if (!this.#begun || this.#allowed === Infinity) return;
    if (!this.#heldBack) {
      // Everything asked for is shown: no stage is left.
      this.#allowed = Infinity;
      this.#settle();
      return;
    }
    this.#heldBack = false;
    const perItem = (performance.now() - this.#renderStart) / Math.max(1, this.#taken - this.#takenBefore);
    const next = this.#taken + Math.max(1, Math.min(MAX_STAGE, Math.floor(STAGE_MS / perItem)));
    this.#takenBefore = this.#taken;
    const list = this.#list;
    const waits = this.#waitsForFrame;
    void (waits ? newCharactersAllowed() : nextTask()).then(() => {
      if (list !== this.#list) return;
      this.#allowed = next;
      this.#afterFrame = waits;
      if (this.#connected) return this.host.requestUpdate();
      // A widget taken out of the page (a framework's route change) does not go on rendering for nobody, nor
      // keeps whoever awaits its `updateComplete` waiting: its next stage comes when it is back.
      this.#resumes = true;
      this.#settle();
    });
  }

  #settle(): void {
    this.#end?.();
    this.#over = this.#end = undefined;
  }
}
