import { nothing, type PropertyValues } from 'lit';
import type { LocalizedText } from '../feed/types.js';
import type { PickedText } from '../i18n/localized-text.js';
import { CivicElement } from './civic-element.js';
import { foreignLang, isolated } from './feed-text.js';
import { RenderStages } from './render-stages.js';

/** The loading state's room (base-styles.ts) as a least size: a list keeps it while its first render comes in stages. */
let stagingRoom: CSSStyleSheet | undefined;

/**
 * A widget that lists items (the service finder, the event list, the partner call): what every civic widget
 * shares (CivicElement), and a list whose first render with the feed comes a few items per task (RenderStages).
 * Apart from CivicElement, so that the language picker's page does not carry it.
 */
export abstract class CivicListElement extends CivicElement {
  /** The first render with the feed, a few items per task (lists ask it how many to render). */
  protected readonly stages = new RenderStages(this);
  #keepsRoom = false;

  /** Also waits for the last of the first render's stages, and for a language switch that came meanwhile. */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const complete = await super.getUpdateComplete();
      const stages = this.stages.pending;
      if (!stages) return complete;
      await stages;
    }
  }

  /**
   * While items are held back the widget keeps at least its loading state's room: a first stage of one card (a
   * frame's new characters) was shorter than it, and what follows the widget came into view, then went again.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.shadowRoot;
    // `pending` (not `staging`, which the stages have reset for the next one by now): stages are left.
    const keep = !!this.stages.pending;
    if (keep === this.#keepsRoom || !root || typeof CSSStyleSheet !== 'function') return;
    this.#keepsRoom = keep;
    if (!stagingRoom) {
      stagingRoom = new CSSStyleSheet();
      stagingRoom.replaceSync(':host{min-block-size:var(--civic-reserved-block-size,var(--_reserved,20rem))}');
    }
    root.adoptedStyleSheets = this.#keepsRoom
      ? [...root.adoptedStyleSheets, stagingRoom]
      : root.adoptedStyleSheets.filter((sheet) => sheet !== stagingRoom);
  }

  /** The `lang` to put on an element showing `picked`, when it differs from the widget's. */
  protected foreignLang(picked: PickedText | undefined): string | undefined {
    return foreignLang(picked, this.locale);
  }

  /**
   * Inline feed text, isolated and marked (see `isolated`); nothing when there is none. `note`: a sentence
   * (an access note, cost words) also says visibly when it is in another language; names stay quiet.
   */
  protected text(value: LocalizedText | undefined, note = false): unknown {
    const picked = this.pick(value);
    return picked ? isolated(picked, this.locale, note) : nothing;
  }
}
