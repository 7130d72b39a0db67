import { css } from 'lit';

/**
 * Event list styles. Logical properties only (right-to-left languages); status never by colour alone.
 * Events off screen skip style and layout (`content-visibility: auto`): a filter change lays out only
 * what can be seen; `auto` in the intrinsic size keeps an event's last real height for the scrollbar.
 * The "Now" mark's border is transparent: its background shows through, one colour to theme.
 * A filter and its select never grow past the column: a long publisher name (an option) made the list wider than a phone.
 */
export const eventListStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    max-inline-size: 100%;
  }
  .field select {
    max-inline-size: 100%;
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
  .count {
    margin-block: 0 var(--_space);
    color: var(--_muted);
  }
  .events {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .event {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20em;
  }
  .event > * {
    margin-block: 0 0.5em;
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
  .title:focus {
    outline: 3px solid var(--_focus);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding-inline: 0.4em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: bold;
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
  .yours,
  .hint {
    display: block;
    color: var(--_muted);
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
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    margin-inline-end: 0.5em;
  }
  .description {
    white-space: pre-line;
  }
  summary {
    min-block-size: var(--_target);
    cursor: pointer;
    list-style-position: inside;
    display: list-item;
    padding-block: 0.6em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
