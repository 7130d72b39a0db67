import { css } from 'lit';

/**
 * Card styles. "Closing soon" and "Closed" are said in words and marked by a thick start
 * border and weight as well as colour (never colour alone). Long titles in German or Arabic
 * wrap anywhere rather than overflow a 320px phone; `hyphens: auto` uses the `lang` on the
 * host or on the text's own span.
 */
export const partnerCallStyles = css`
  .calls,
  .labels {
    padding: 0;
    list-style: none;
  }
  .calls {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  /* In a long list, cards off screen skip style and layout: a list of 200 calls, some with summaries of thousands
     of characters, lays out only what can be seen (the rest as the screen reaches it). Still in the page for
     find-in-page, keyboard and screen readers; the browser remembers a card's height once laid out. Not the
     first ten: a city's usual handful of calls is laid out whole (checkers such as Lighthouse's measure contrast
     from what is painted, and a skipped card is not). */
  .calls > li:nth-child(n + 11) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 15rem;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    hyphens: auto;
    min-inline-size: 0;
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  p,
  ul,
  dl,
  .deadline {
    margin-block: 0 0.75em;
  }
  .labels,
  .actions,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .labels li {
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  [part~='programme'],
  .term,
  dt,
  .soon,
  .closed .words,
  .button {
    font-weight: 700;
  }
  .deadline {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3rem solid var(--_border);
  }
  .deadline p {
    margin-block-end: 0.25em;
  }
  .closing-soon,
  .closing-today {
    border-inline-start-color: var(--_accent);
  }
  .soon {
    padding-inline: 0.4em;
    border: 2px solid;
    border-radius: var(--_radius);
  }
  .closed {
    border-inline-start: 0.3rem double var(--_danger);
  }
  .closed .words {
    color: var(--_danger);
  }
  ul:not(.labels, .calls) {
    padding-inline-start: 1.25em;
  }
  /* An item in the other direction (an English fallback in an Arabic card) has its marker on the
     other side, where the list leaves no room: the marker would sit on the card's border. */
  :host([dir='rtl']) li[dir='ltr'],
  :host([dir='ltr']) li[dir='rtl'] {
    margin-inline-start: 1.25em;
  }
  dl > div {
    margin-block-end: 0.5em;
  }
  dd {
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  [part~='calendar'],
  [part~='share'],
  [aria-pressed='false'] {
    background: none;
    color: inherit;
  }
  .action-status {
    margin: 0.5em 0 0;
  }
  .action-status:empty {
    margin: 0;
  }
  .filters {
    margin-block-end: var(--_space);
  }

  @media print {
    :host,
    .closed .words {
      color: #000;
    }
    .card {
      break-inside: avoid;
      page-break-inside: avoid;
      border-color: #000;
      background: none;
    }
    button,
    .filters,
    .action-status {
      display: none;
    }
    .button {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
      color: #000;
    }
    a[href^='http']::after,
    a[data-address]::after {
      content: ' ' attr(href);
      font-weight: 400;
    }
    a[data-address]::after {
      content: ' ' attr(data-address);
    }
  }
`;
