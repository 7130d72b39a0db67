/**
 * The room a widget keeps on the page before its content is there, so that nothing around it moves
 * when its code and its feed arrive (layout shift). Two moments:
 * - before the widget's code has loaded, the tag is an unknown element: the embed's entry gives it a
 *   block box of the reserved size (a style sheet on the document, for `:not(:defined)` tags only,
 *   with no specificity, so any rule of the page wins);
 * - while the feed loads, the widget's loading state (`:host([aria-busy='true'])`, the shared styles)
 *   keeps the same size.
 * A module script runs after the page's first paint, so a widget near the top of a page (above the fold)
 * is best given its room by the page's own style sheet as well (docs/elements.md: no layout shift).
 * Defaults: a list reaches past a phone's first screen, so that what follows it is out of view when it
 * grows; one partner call is a card; the picker is a label over a select, its compact button, or a row
 * of buttons (list). A page sets its own with `--civic-reserved-block-size` on a widget (@cssprop on CivicElement).
 */
export const RESERVED_BLOCK_SIZE: ReadonlyArray<readonly [selector: string, size: string]> = [
  ['civic-service-finder', '40rem'],
  ['civic-event-list', '40rem'],
  ['civic-partner-call', '40rem'],
  ['civic-partner-call[call-id]', '20rem'],
  ['civic-language-picker', '4.5rem'],
  ["civic-language-picker[variant='compact']", '2.75rem'],
  ["civic-language-picker[variant='list']", '8rem'],
];

const doneKey = Symbol.for('civic-widgets.reserved-space.v1');

/** The document's style sheet for widgets whose code has not loaded yet (once per page, whichever copy comes first). */
export function reserveSpaceBeforeCode(doc: Document): void {
  const globals = globalThis as Record<symbol, unknown>;
  if (globals[doneKey] || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return;
  globals[doneKey] = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      RESERVED_BLOCK_SIZE.map(
        ([selector, size]) => `:where(${selector}):not(:defined){display:block;min-block-size:var(--civic-reserved-block-size,${size})}`,
      ).join(''),
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // An engine without constructable sheets: the widgets still work, the page may move as they come.
  }
}
