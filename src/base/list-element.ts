import { CivicElement } from './civic-element.js';
import { RenderStages } from './render-stages.js';

/**
 * A widget that lists items (the service finder, the event list, the partner call): what every civic widget
 * shares (CivicElement), and a list whose first render with the feed comes a few items per task (RenderStages).
 * Apart from CivicElement, so that the language picker's page does not carry it.
 */
export abstract class CivicListElement extends CivicElement {
  /** The first render with the feed, a few items per task (lists ask it how many to render). */
  protected readonly stages = new RenderStages(this);

  /** Also waits for the last of the first render's stages, and for a language switch that came meanwhile. */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const complete = await super.getUpdateComplete();
      const stages = this.stages.pending;
      if (!stages) return complete;
      await stages;
    }
  }
}
