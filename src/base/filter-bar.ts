/**
 * The filter bar every list widget shares (the "filter a list" pattern of GOV.UK and NL Design
 * System): on a narrow widget the search field, then one row with "Filters (2)", the active filters
 * and the count, and the filters themselves in a panel that button opens, ending with "Show results
 * (12)"; the results start right below. On a wide widget (a container query on the widget, not a
 * media query on the page) the panel is a side column at the inline start (left, or right in a
 * right-to-left language), always open, and the button is not needed.
 *
 * Keyboard: the button is a disclosure (`aria-expanded`, `aria-controls`); Escape in the open panel
 * closes it and returns to the button; "Show results" closes it and moves to the count, from which
 * Tab reaches the first result.
 *
 * @module
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/messages.js';

/** What a widget puts in its filter bar. */
export interface FilterBarContent {
  /** The search field with its label (or nothing). */
  search?: unknown;
  /** How many filters are on: the button says "Filters (2)". */
  active: number;
  /** A number as the widget's language writes it. */
  number(n: number): string;
  /** The active filters, each removable (chips). */
  chips?: unknown;
  /** The count's words ("Services shown: 10 of 12"). */
  count: unknown;
  /** The number of results, for "Show results (12)". */
  total: number;
  /** The filter controls. */
  panel: unknown;
  /** The results. */
  results: unknown;
  /** The count is a polite live region. */
  live?: boolean;
}

/** Whether an element is laid out (the bar's button is not on a wide widget). */
const shown = (el: Element | null | undefined): el is HTMLElement => !!el?.getClientRects().length;

/** The panel's open state and the focus moves of the bar; one per widget. */
export class FilterBar {
  /** Whether the panel is open (on a narrow widget; a wide one always shows it). */
  open = false;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  #find(selector: string): HTMLElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLElement>(selector);
  }

  /** Opens or closes the panel; focus stays on the button (a disclosure). */
  toggle(): void {
    this.open = !this.open;
    this.#host.requestUpdate();
  }

  /** Closes the panel and moves focus to `selector` (the count, or the button). */
  async close(selector: string): Promise<void> {
    this.open = false;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#find(selector)?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open && shown(this.#find('.bar-toggle'))) {
      event.stopPropagation();
      void this.close('.bar-toggle');
    }
  }

  render(content: FilterBarContent): TemplateResult {
    const { active, number } = content;
    const open = this.open;
    return html`<div class="filter-layout">
      <div class="filter-bar" part="filter-bar">
        ${content.search ?? nothing}
        <div class="bar-row">
          <button type="button" class="bar-toggle secondary" part="filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filter-panel" @click=${() => this.toggle()}>
            ${active ? msg(str`Filters (${number(active)})`) : msg('Filters')}<span class="bar-chevron" aria-hidden="true"></span>
          </button>
          ${content.chips ?? nothing}
          <p class="bar-count" part="count" tabindex="-1" role=${ifDefined(content.live ? 'status' : undefined)}>${content.count}</p>
        </div>
      </div>
      <div id="filter-panel" class="filter-panel ${open ? 'open' : ''}" part="filter-panel" @keydown=${(e: KeyboardEvent) => this.#onKeydown(e)}>
        ${content.panel}
        <button type="button" class="bar-show" part="show-results" @click=${() => this.close('.bar-count')}>${msg(str`Show results (${number(content.total)})`)}</button>
      </div>
      <div class="filter-results">${content.results}</div>
    </div>`;
  }
}

/**
 * The bar's layout. The widget is the container (`container-type: inline-size` on the host): its
 * own width decides, wherever the page puts it. Logical properties and grid areas, so a
 * right-to-left widget is the mirror image; only the chevron (down, or up when open: the same in
 * both directions) is drawn with physical sides.
 */
export const filterBarStyles = css`
  :host {
    container-type: inline-size;
  }
  .filter-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'bar' 'panel' 'results';
    column-gap: calc(var(--_space) * 1.5);
  }
  .filter-bar {
    grid-area: bar;
  }
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .bar-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    font-weight: 600;
  }
  .bar-chevron {
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: -0.25em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] > .bar-chevron {
    margin-block: 0.25em 0;
    transform: rotate(-135deg);
  }
  .bar-count {
    margin: 0;
    color: var(--_muted);
  }
  .filter-panel {
    grid-area: panel;
    display: none;
    margin-block: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter-panel.open {
    display: block;
  }
  .bar-show {
    inline-size: 100%;
    margin-block-start: var(--_space);
  }
  .filter-results {
    grid-area: results;
    min-inline-size: 0;
  }
  @container (min-width: 46em) {
    .filter-layout {
      grid-template-columns: minmax(14em, 18em) minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      grid-template-areas: 'panel bar' 'panel results';
      align-items: start;
    }
    .filter-panel {
      display: block;
      margin-block: 0;
    }
    .bar-toggle,
    .bar-show {
      display: none;
    }
  }
`;
