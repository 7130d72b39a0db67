/**
 * A service's link, for the visitor to send on: shared through the browser's share sheet (Web Share
 * API) where there is one, else copied; where copying is refused, shown to copy by hand.
 *
 * @module
 */

export type CopyState = '' | 'copied' | 'manual';

export class ShareLink {
  /** After "Copy link": copied, or shown to copy by hand. */
  state: CopyState = '';
  readonly #changed: (state: CopyState) => void;

  /** `changed` hears the outcome of a copy (the widget says it, and focuses the field to copy by hand). */
  constructor(changed: (state: CopyState) => void) {
    this.#changed = changed;
  }

  get canShare(): boolean {
    return typeof navigator.share === 'function';
  }

  async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.state = 'copied';
    } catch {
      this.state = 'manual';
    }
    this.#changed(this.state);
  }

  /** The share sheet; where sharing fails for another reason than the visitor closing it, a copy. */
  async share(title: string, url: string): Promise<void> {
    try {
      await navigator.share({ title, url });
    } catch (e) {
      if ((e as Error).name !== 'AbortError') await this.copy(url);
    }
  }
}
