import { css } from 'lit';

/**
 * Mobile first: one column, large targets; logical properties only (RTL). The layout of search,
 * filters and results is the shared filter bar's (src/base/filter-bar.ts). A result is a card about
 * 150 px tall on a phone: its name (larger than the labels around it, two lines at most), a status
 * pill in colour and words, one line of description and its actions; the Details button covers the
 * whole card (a larger target), under the Call and Route links. In the details the service's name is
 * the largest heading around.
 */
export const finderStyles = css`
  [part~='heading'] {
    font-size: 1.25em;
  }
  input:not([type='checkbox']),
  select {
    inline-size: 100%;
    padding-inline: 0.75em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin-block: 0 0.25em;
  }
  .area,
  .category {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .filters,
  .chips,
  .actions,
  .card-actions,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .filters {
    gap: calc(var(--_space) * 0.5);
  }
  .category,
  .filters > [part='near'] {
    flex: 1 1 100%;
    /* Else its least width is its select's widest option: the browser lays out every option's text to know it. */
    min-inline-size: 0;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-inline: 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    margin: 0;
    cursor: pointer;
  }
  .toggle:has(:checked) {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .toggle input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .chip,
  .link {
    background: transparent;
    color: var(--_accent);
  }
  .chip {
    border-radius: 999px;
  }
  .link {
    border: 0;
    padding-inline: 0;
    text-align: start;
    text-decoration: underline;
    font-weight: 700;
  }
  .tag {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .speaks {
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .result {
    position: relative;
    contain: content;
    padding-block: 0.625em 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  [part='result-heading'] {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
    margin: 0 0 0.25em;
    font-size: 1.1875em;
  }
  .desc {
    display: -webkit-box;
    -webkit-line-clamp: 1;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .tags {
    gap: 0.25em 0.75em;
    margin-block-end: 0.375em;
  }
  .open-state {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-inline: 0.6em;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 10%, transparent);
  }
  .open-state.is-open {
    color: var(--_success);
    background: color-mix(in srgb, var(--_success) 10%, transparent);
  }
  .open-state::before {
    content: '';
    inline-size: 0.55em;
    block-size: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  .details > .open-state {
    font-size: 1em;
    padding-block: 0.25em;
  }
  .card-actions {
    margin-block-start: 0.5em;
  }
  .card-actions a {
    position: relative;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .card-actions a,
  .card-actions button {
    padding-inline: 0.9em;
    font-weight: 600;
  }
  .details-button::after {
    content: '';
    position: absolute;
    inset: 0;
    cursor: pointer;
  }
  .divider {
    margin-block: var(--_space) 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-block-start: 3px solid var(--_border);
    font-weight: 600;
  }
  .details {
    display: block;
    max-inline-size: 48rem;
  }
  .details [part~='details-title'] {
    font-size: 1.625em;
    margin-block: 0.5em 0.25em;
  }
  [part~='details-heading'] {
    font-size: 1.0625em;
  }
  dt,
  .today > * {
    font-weight: 700;
  }
  .more,
  .empty,
  section {
    margin-block-start: var(--_space);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    margin-block: 0.5em;
  }
  a,
  address {
    overflow-wrap: anywhere;
  }
  .full-desc,
  dd {
    white-space: pre-line;
  }
  dd {
    margin: 0 0 0.5em;
  }
  li a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding-block: 0.35em;
    padding-inline: 0 1em;
    text-align: start;
    vertical-align: top;
    font-weight: 400;
  }
  .today {
    outline: 2px solid var(--_accent);
  }
  caption {
    padding-block: var(--_space) 0.25em;
    text-align: start;
    font-weight: 700;
  }
  address {
    font-style: normal;
  }
`;
