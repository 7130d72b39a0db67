/**
 * Items one after another with the UI language's comma between them, for a template: "Leipzig, Germany" in
 * most languages, "،" in Arabic, Persian, Pashto and Sorani, "፣" in Tigrinya. Feed names that are templates
 * (text in another language carries its own `lang`) cannot go through `Intl.ListFormat` or `join()`, and
 * `Intl.ListFormat` would add "and" before the last. Called inside a render, which speaks the widget's language.
 * Shared by the event list (place, categories) and the partner call (coordinator, contact).
 *
 * @module
 */
import { msg } from '../i18n/messages.js';

export const commaSeparated = (items: readonly unknown[]): unknown[] => {
  const comma = msg(', ', { desc: 'Between the parts of a place or the names of a list, with its space' });
  return items.map((item, i) => (i ? [comma, item] : item));
};
