import { css } from 'lit';

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
  .compact ul {
    flex-direction: column;
    margin-block-start: calc(var(--_space) / 2);
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
