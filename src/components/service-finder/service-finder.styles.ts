import { css } from 'lit';

/** Mobile first: one column, large targets; logical properties only (RTL). */
export const finderStyles = css`
  input[type='search'],
  input[type='text'],
  select {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding-inline: 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  .area {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-end;
  }
  .filters .category {
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
  .toggle:has(input:checked) {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .toggle input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .secondary,
  .chip,
  .link {
    background: transparent;
    color: var(--_accent);
  }
  .chip {
    border-radius: 999px;
  }
  .active {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .link {
    border: 0;
    padding-inline: 0;
    text-align: start;
    text-decoration: underline;
    font-weight: 700;
  }
  .count {
    color: var(--_muted);
  }
  .result {
    contain: content;
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  .result h2,
  .result h3,
  .result h4,
  .result h5,
  .result h6 {
    margin: 0;
    font-size: 1.125em;
  }
  .meta {
    color: var(--_muted);
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
  .is-open {
    font-weight: 600;
  }
  .more,
  .empty {
    margin-block-start: var(--_space);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .details a,
  .details address {
    overflow-wrap: anywhere;
  }
  .details section {
    margin-block-start: var(--_space);
  }
  .details dt {
    font-weight: 700;
  }
  .full-desc {
    white-space: pre-line;
  }
  .details dd {
    margin: 0 0 0.5em;
    white-space: pre-line;
  }
  .details li a {
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
  }
  th {
    font-weight: 400;
  }
  tr.today th,
  tr.today td {
    font-weight: 700;
  }
  tr.today {
    outline: 2px solid var(--_accent);
  }
  address {
    font-style: normal;
  }
  @media (min-width: 40em) {
    .filters .category {
      flex: 0 1 16em;
    }
  }
`;
