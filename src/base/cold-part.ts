/**
 * A widget's "cold" part: code a person needs only after they act (the calendar file writer, a
 * service's details), kept out of the widget's first download and imported on first use. So that it
 * is there before they notice, the widget starts the import when they head for it (`ColdPartWarmer`:
 * pointer over or down, or keyboard focus, on the control that needs it) and awaits it on the act.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../i18n/messages.js';

/** What a widget says when a part's file did not come (the network gone): nothing happened, try again. */
export const partNotLoadedWords = (): string => msg('The information could not be loaded. Check your internet connection and try again.');

export class ColdPart<T> {
  #module: T | undefined;
  #loading: Promise<T> | undefined;
  #failures = 0;
  readonly #importer: (attempt: number) => Promise<T>;

  /**
   * `importer`: `(attempt) => withDeps('<path under src/>', () => import('./the-part.js'), attempt)`, a literal
   * path so the bundler makes the part a chunk of its own; `attempt` counts the failed loads before this one.
   */
  constructor(importer: (attempt: number) => Promise<T>) {
    this.#importer = importer;
  }

  /** The module once it has loaded (render with it synchronously), else undefined. */
  get loaded(): T | undefined {
    return this.#module;
  }

  /** The module, imported once; a failed import (the network gone) is tried again on the next call. */
  load(): Promise<T> {
    if (this.#module) return Promise.resolve(this.#module);
    return (this.#loading ??= this.#importer(this.#failures).then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#loading = undefined;
        this.#failures++;
        throw error;
      },
    ));
  }

  /** Starts the import and forgets it (its failure shows when the part is used). */
  warm(): void {
    this.load().catch(() => undefined);
  }
}

/**
 * Warms `part` when a person heads for a control matching `selector` in the host's shadow root:
 * the pointer over it or down on it (a phone: down comes about 100 ms before the click), or focus
 * (keyboard). One listener per event on the host, none per control.
 */
export class ColdPartWarmer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  readonly #part: ColdPart<unknown>;
  readonly #onEvent = (event: Event): void => {
    if (this.#part.loaded) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(this.#selector)) this.#part.warm();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string, part: ColdPart<unknown>) {
    this.#host = host;
    this.#selector = selector;
    this.#part = part;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of WARMING_EVENTS) this.#host.addEventListener(type, this.#onEvent, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of WARMING_EVENTS) this.#host.removeEventListener(type, this.#onEvent);
  }
}

const WARMING_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;
