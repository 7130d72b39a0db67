import { css } from 'lit';

/**
 * Event list styles. Logical properties only (right-to-left languages); status never by colour alone.
 * - Rows are compact (about 80-100 px on a phone: the day, the title, when and where on one line, and tags), so
 *   six or more fit a phone's screen. Until the row is opened, its line is cut with an ellipsis: the place first
 *   (in its own direction, `dir="auto"`: an English place in an Arabic row keeps its start), then the time.
 * - The title's button covers its row (`::after`), so the whole row opens it; what an open row adds sits above
 *   that cover (links and buttons there work). The chevron is a drawn corner, the same in RTL.
 * - Day headings stay in view while their day's events scroll by (sticky): they need a solid background, the
 *   page's `Canvas` unless the page sets `--civic-color-surface`; `--civic-sticky-top` keeps them below a host
 *   page's own sticky header.
 * - The list keeps a readable width on a wide screen (`.results`).
 * - Rows off screen skip style and layout (`content-visibility: auto`): a filter change lays out only what can be
 *   seen; `auto` in the intrinsic size keeps a row's last real height for the scrollbar.
 * - The "Now" mark's border is transparent: its background shows through, one colour to theme.
 * - A filter's select is as wide as its field, and needs room for its chosen option only (`field-sizing: content`),
 *   never for its widest: a long publisher name (an option) made the list wider than a phone, and a field in the
 *   quick row (a flex item) that asks its select for its options' width has every option's text laid out at once:
 *   300 towns in a hundred scripts took Chromium 0.8–1.3 s of looking for fonts, 13 ms sized by the chosen one.
 *   The select fills its field by a least width, not a width: a percentage width lets a field shrink below its
 *   chosen option. Engines without `field-sizing` keep sizing it by its widest option.
 */
export const eventListStyles = css`
  :host {
    --_solid: var(--civic-color-surface, Canvas);
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .quick .field {
    flex: 1 1 9rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    max-inline-size: 100%;
  }
  .field select {
    max-inline-size: 100%;
  }
  @supports (field-sizing: content) {
    .field select {
      min-inline-size: 100%;
      field-sizing: content;
    }
  }
  @container (width < 46em) {
    .filter-panel {
      padding-inline: 0;
      border-inline: 0;
      border-radius: 0;
    }
  }
  .filter-panel .field {
    margin-block-end: 0.75rem;
  }
  .field.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
  }
  input[type='checkbox'] {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }
  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    border-radius: 999px;
    background: transparent;
    color: var(--_accent);
  }
  .clear {
    inline-size: 100%;
  }
  .count {
    margin-block: 0 0.25rem;
    color: var(--_muted);
  }
  .results {
    max-inline-size: 46rem;
  }
  .all {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
    font-size: 0.9375em;
  }
  .link {
    min-block-size: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
    text-align: start;
  }
  .day > :first-child {
    position: sticky;
    inset-block-start: var(--civic-sticky-top, 0);
    z-index: 2;
    margin: 0;
    padding-block: 0.125rem;
    background: var(--_solid);
    font-size: 0.9375rem;
    line-height: 1.3;
  }
  .events {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
  }
  .event {
    position: relative;
    display: flex;
    gap: 0.625rem;
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 4.75rem;
  }
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: 0.8rem;
    inset-inline-end: 0.75rem;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: rotate(45deg);
  }
  .event.open::after {
    inset-block-start: 1.1rem;
    transform: rotate(225deg);
  }
  .date {
    flex: none;
    inline-size: 2.5rem;
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    font-size: 0.8125rem;
    line-height: 1.2;
    color: var(--_muted);
    overflow-wrap: normal;
  }
  .day-number {
    font-weight: bold;
    font-size: 1.375rem;
    line-height: 1.15;
    color: var(--_text);
  }
  .main {
    flex: 1;
    min-inline-size: 0;
  }
  .main > * {
    margin: 0;
  }
  .main > :first-child {
    padding-inline-end: 1.25rem;
    font-size: 1rem;
    line-height: 1.3;
  }
  .toggle {
    min-block-size: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font-weight: bold;
    text-align: start;
  }
  .toggle::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .line {
    display: flex;
    font-size: 0.9375em;
    line-height: 1.4;
    white-space: nowrap;
  }
  .event:not(.open) .line > * {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .line > .when {
    flex: none;
    max-inline-size: calc(100% - 5em);
  }
  .line > .when:last-child {
    max-inline-size: 100%;
  }
  .line > .where {
    flex: 0 1 auto;
    min-inline-size: 0;
  }
  .line > .dot {
    flex: none;
    white-space: pre;
  }
  .open .line {
    display: block;
    white-space: normal;
  }
  .tags {
    font-size: 0.875em;
    line-height: 1.4;
    color: var(--_muted);
  }
  .yours,
  .hint {
    color: var(--_muted);
  }
  .hint {
    display: block;
  }
  .more {
    position: relative;
    z-index: 1;
    padding-block-start: 0.5rem;
  }
  .more > * {
    margin-block: 0 0.5rem;
  }
  .more > .action-status {
    margin: 0;
  }
  /* Not by colour alone: a dashed frame, struck-through title and a worded mark. */
  .event.cancelled {
    border: 2px dashed var(--_danger);
  }
  .event.cancelled .title {
    text-decoration: line-through;
  }
  .event.postponed {
    border: 2px dotted var(--_border);
  }
  .event.now {
    border-inline-start: 0.4rem solid var(--_accent);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding-inline: 0.4em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: bold;
    line-height: 1.4;
    text-transform: uppercase;
    vertical-align: middle;
  }
  .badge.cancelled {
    color: var(--_danger);
  }
  .badge.now {
    border-color: transparent;
    background: var(--civic-color-now, var(--_accent));
    color: var(--_accent-text);
  }
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
  }
  .more a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    margin-inline-end: 0.5em;
  }
  .description {
    white-space: pre-line;
  }
  .divider {
    margin-block: 1rem 0.25rem;
    padding-block-start: 0.5rem;
    border-block-start: 2px solid var(--_border);
    font-weight: bold;
  }
`;
