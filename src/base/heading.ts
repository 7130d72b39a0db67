import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level the host page chooses (`heading-level`) so widgets fit its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function clampHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The level for a heading under one of `level` (never below h6). */
export const subheadingLevel = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;

/** A real `<hN>` element (not `role=heading`), so the page's document outline stays true. */
export function renderHeading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
