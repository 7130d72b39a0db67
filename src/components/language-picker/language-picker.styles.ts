import { css } from 'lit';

/**
 * The compact variant's open list sits over the page (a popover, else positioned under its button): it paints
 * its own surface and text (the page's Canvas and CanvasText unless the page sets the widgets' surface and text
 * colours), since the picker usually sits in a coloured header whose text colour it inherits; the chosen
 * language's mark and the focus ring take that text colour too (a header's accent, often white, would vanish).
 */

export const languagePickerStyles = css`
  :host {
    display: inline-block;
  }
  label,
  .label {
    display: block;
    margin-block-end: 0.25em;
  }
  label,
  .label,
  [aria-pressed='true'] {
    font-weight: 600;
  }
  select {
    min-inline-size: 12em;
    max-inline-size: 100%;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .compact {
    position: relative;
  }
  .compact ul {
    position: absolute;
    inset-block-start: calc(100% + 4px);
    inset-inline-end: 0;
    z-index: 10;
    flex-direction: column;
    flex-wrap: nowrap;
    inline-size: max-content;
    min-inline-size: 12em;
    max-inline-size: min(20em, calc(100vw - 16px));
    max-block-size: min(70vh, 30em);
    overflow: auto;
    padding: calc(var(--_space) / 2);
    border: 1px solid;
    border-radius: var(--_radius);
    background: var(--civic-color-surface, Canvas);
    color: var(--civic-color-text, CanvasText);
    --_accent: currentColor;
    --_focus: currentColor;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }
  .compact ul:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
  }
  ul button {
    inline-size: 100%;
    /* Each button has its language's own dir: centred, every name lines up the same in LTR and RTL. */
    text-align: center;
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
  /* A thick lower edge marks the chosen language: the same in LTR and RTL, whatever each button's dir. */
  [aria-pressed='true'] {
    border-color: var(--_accent);
    border-block-end-width: 0.3rem;
  }
  .name {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-inline-size: var(--_target);
  }
  .toggle svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
`;
