import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from './heading-level.js';

/**
 * A real `<hN>` element (not `role=heading`), so the page's document outline stays true. (The level
 * itself: heading-level.ts, which every widget's base reads; this only the widgets that show headings.)
 */
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
