import { css } from 'lit';

/*
 * Styles every widget shares, and the theming contract.
 *
 * A page themes the widgets with a small set of public `--civic-*` custom properties (documented on
 * `CivicElement` with `@cssprop`, and in `stories/Theming.mdx`). Widgets never read those directly:
 * they read the private `--_*` variables defined here, so each mode (light, dark, high contrast,
 * forced colours) chooses its own defaults in one place.
 *
 * Modes:
 * - light (default): inherits the page's font and text colour; transparent surface.
 * - dark: with `prefers-color-scheme: dark` (unless `theme="light"` or `"high-contrast"`), or
 *   `theme="dark"`. The widget paints its own surface and text (with some padding), so it stays
 *   readable on a light page too.
 * - high contrast: `theme="high-contrast"`, or `prefers-contrast: more` without a `theme`. Black on
 *   white, no muted greys; brand colours are ignored on purpose.
 * - forced colours (Windows High Contrast): system colours, every border and focus ring drawn.
 *
 * Brand colours set by a page apply in every mode except high contrast and forced colours, so a page
 * that brands the widgets also sets its dark values (see `src/themes/city-brand.css`).
 *
 * Comments live here, not inside the CSS, because CSS text ships to every visitor as written.
 * Only logical properties are used so that right-to-left languages lay out correctly.
 */

/*
 * Notes on the values (here, not in the CSS, which ships to every visitor as written):
 * - Light: `font-family: var(--civic-font)` with the property unset is invalid at computed-value
 *   time, so the page's font is inherited; `currentColor` as `color` is the inherited text colour.
 *   Muted text and borders derive from the text colour so they suit any page: strong enough for
 *   4.5:1 (text) and 3:1 (borders) on a white page whose own text is anything from black to #666
 *   (the greys CMS themes use). A lighter muted grey would fail on such pages.
 * - Dark: the widget's box gets padding so its content keeps off the painted edge. The block is
 *   written twice (system preference, attribute); a test checks the two stay identical.
 * - High contrast: fixed colours, 7:1 or more everywhere; a page's brand colours do not apply.
 * - Forced colours: the system's colours, `!important` because the visitor's setting outranks every
 *   theme. The accent is left to the browser on purpose: it is a fill (buttons) as well as a text
 *   colour, and the browser forces each use to the right system colour; a system colour set here
 *   would be kept as is, and a ButtonText fill puts the label on the browser's Canvas-coloured text
 *   backplate, unreadable.
 * - Form controls: one look for every widget's select and text/date inputs (2px border, the
 *   border colour that meets 3:1, a full touch target); `.secondary` is an outlined button.
 * - Feed text in another language than the widget's (`data-note`, see `otherLanguageNote`): "(in English)" after it,
 *   in the muted colour; the second declaration keeps it from screen readers, which hear the text in its own voice
 *   (browsers without that syntax keep the first).
 * - Reduced motion: durations near zero rather than `none`, so that code waiting for
 *   `transitionend`/`animationend` still runs.
 * - List items align to their own start, and so does what is inside them: an `<li>` aligns as its
 *   list does (`text-align: match-parent` in WebKit and Firefox), so an English objective in an
 *   Arabic card (`dir` from `langOf()`), or an English description inside an Arabic list item,
 *   sat on the right.
 */
/**
 * `css` under another name, for a list of declarations used inside rules below: lit-analyzer reads a css``
 * template as a whole style sheet, where declarations alone are not valid (the build still minifies it).
 */
const cssDeclarations = css;

/** Dark mode's values: the same for the system preference and for `theme="dark"` (CSS cannot share one block between a media query and a selector). */
const darkTokens = cssDeclarations`
  color-scheme: dark;
  --_text: var(--civic-color-text, #e8eaed);
  --_surface: var(--civic-color-surface, #1f2023);
  --_accent: var(--civic-color-accent, #a8c7fa);
  --_accent-text: var(--civic-color-on-accent, #062e6f);
  --_muted: var(--civic-color-muted, #c4c7c5);
  --_border: var(--civic-color-border, #8e918f);
  --_danger: var(--civic-color-danger, #f2b8b5);
  --_success: var(--civic-color-success, #6dd58c);
  --_focus: var(--civic-focus-color, #a8c7fa);
  padding: calc(var(--_space) * 0.75);
  border-radius: var(--_radius);
`;

/** High contrast's values: the same for the system preference and for `theme="high-contrast"`. */
const highContrastTokens = cssDeclarations`
  color-scheme: light;
  --_text: #000;
  --_surface: #fff;
  --_accent: #00347a;
  --_accent-text: #fff;
  --_link: #00347a;
  --_muted: #000;
  --_border: #000;
  --_danger: #8c0009;
  --_success: #00471b;
  --_focus: #000;
  --_focus-width: 4px;
`;

/*
 * Loading: a widget waiting for its feed keeps the block size reserved for it (src/base/reserved-space.ts;
 * the page may set `--civic-reserved-block-size`), so nothing around it moves when the feed arrives; its
 * "Loading information…" sits in the middle of that box. Each widget's default (`--_reserved`) comes from
 * the table there, by tag (reserved-styles.ts; a widget under another tag name gets 20rem). The loading box clips its words, not the host: an
 * inline-block host that clips sits on its bottom edge, a few pixels higher than the widget it becomes.
 */
/** The shared stylesheet of every widget. */
export const baseStyles = css`
  :host([aria-busy='true']) {
    block-size: var(--civic-reserved-block-size, var(--_reserved, 20rem));
  }
  :host([aria-busy='true']) .status {
    display: flex;
    align-items: center;
    justify-content: center;
    block-size: 100%;
    padding-block: 0;
    overflow: hidden;
    text-align: center;
  }
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    font-family: var(--civic-font);
    line-height: var(--civic-line-height, 1.5);
    --_text: var(--civic-color-text, currentColor);
    --_surface: var(--civic-color-surface, transparent);
    --_accent: var(--civic-color-accent, #0b57d0);
    --_accent-text: var(--civic-color-on-accent, #fff);
    --_link: var(--civic-color-link, var(--_accent));
    --_muted: var(--civic-color-muted, color-mix(in srgb, currentColor 90%, transparent));
    --_border: var(--civic-color-border, color-mix(in srgb, currentColor 75%, transparent));
    --_danger: var(--civic-color-danger, #b3261e);
    --_success: var(--civic-color-success, #146c2e);
    --_focus: var(--civic-focus-color, #0b57d0);
    --_focus-width: var(--civic-focus-width, 3px);
    --_radius: var(--civic-radius, 0.5rem);
    --_space: var(--civic-space, 1rem);
    --_target: var(--civic-target-size, 44px);
    color: var(--_text);
    background-color: var(--_surface);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='high-contrast'])) {
      ${darkTokens};
    }
  }
  :host([theme='dark']) {
    ${darkTokens};
  }
  @media (prefers-contrast: more) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${highContrastTokens};
    }
  }
  :host([theme='high-contrast']) {
    ${highContrastTokens};
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText !important;
      --_surface: Canvas !important;
      --_link: LinkText !important;
      --_muted: CanvasText !important;
      --_border: CanvasText !important;
      --_danger: CanvasText !important;
      --_success: CanvasText !important;
      --_focus: Highlight !important;
    }
    button,
    input,
    select,
    .status {
      border-style: solid;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  li {
    text-align: start;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  input:not([type='checkbox']),
  select {
    min-block-size: var(--_target);
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  a {
    color: var(--_link);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }
  .status {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .status[role='alert'] {
    border-inline-start: 0.3rem solid var(--_danger);
  }
  .status p {
    margin-block: 0 0.5em;
  }
  .publisher {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [data-note]::after {
    content: ' (' attr(data-note) ')';
    content: ' (' attr(data-note) ')' / '';
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
