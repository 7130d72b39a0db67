/**
 * Items one after another with ", " between them, for a template. Feed names that are templates
 * (text in another language carries its own `lang`) cannot go through `Intl.ListFormat` or `join()`.
 * Shared by the event list (categories) and the partner call (coordinator, contact).
 *
 * @module
 */
export const commaSeparated = (items: readonly unknown[]): unknown[] => items.map((item, i) => (i ? [', ', item] : item));
