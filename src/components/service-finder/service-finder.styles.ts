import { css } from 'lit';

/**
 * Mobile first: one column, large targets; logical properties only (RTL). On wider screens the
 * category list is as wide as its longest name (at least 16em): a fixed width cut long names off.
 */
export const finderStyles = css`
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
  .search,
  .filters,
  .area,
  .active {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .filters,
  .active,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .filters {
    gap: calc(var(--_space) * 0.5);
    align-items: flex-end;
  }
  .category {
    flex: 1 1 100%;
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
  .is-open,
  .toggle:has(:checked) {
    font-weight: 600;
  }
  .toggle:has(:checked) {
    border-color: var(--_accent);
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
  .count,
  .meta {
    color: var(--_muted);
  }
  .result {
    contain: content;
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  [part='result-heading'] {
    margin: 0;
    font-size: 1.125em;
  }
  .meta {
    font-size: 0.9375em;
  }
  .desc {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .open-state::before {
    content: '● ' / '';
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
  @media (min-width: 40em) {
    .category {
      flex: 0 1 auto;
      min-inline-size: 16em;
    }
  }
`;
