import { css } from 'lit';

/**
 * Styles every widget shares. Widgets inherit the host page's font and text colour and are
 * themed through `--civic-*` custom properties; only logical properties are used so that
 * right-to-left languages lay out correctly.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: var(--civic-line-height, 1.5);
    --_accent: var(--civic-color-accent, #0b57d0);
    --_accent-text: var(--civic-color-on-accent, #ffffff);
    --_surface: var(--civic-color-surface, transparent);
    --_muted: var(--civic-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--civic-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_danger: var(--civic-color-danger, #b3261e);
    --_radius: var(--civic-radius, 0.5rem);
    --_space: var(--civic-space, 1rem);
    --_focus: var(--civic-focus-color, #0b57d0);
    --_target: var(--civic-target-size, 44px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  a {
    color: var(--civic-color-link, var(--_accent));
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
