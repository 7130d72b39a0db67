/**
 * The feed format's rules for links and e-mail addresses (schema.ts and the generated checks), which
 * are also the widgets' (links.ts builds a link only from what they accept): an address the validator
 * accepts is one the widgets link, and the other way round. Apart from links.ts so that checking a
 * feed (which every widget does) does not bring the building of links (which the language picker
 * never does).
 *
 * @module
 */

/**
 * Characters that never belong in an e-mail address or a link: C0 and C1 controls, the soft
 * hyphen, and the invisible ones that reorder or hide text (bidi marks, embeddings, overrides
 * and isolates; zero-width characters; the byte order mark).
 */
const INVISIBLE = '\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\uFEFF';
/** Not in either part of an address: the above, spaces, and what would end or extend it in a `mailto:` (`?bcc=`, `&body=`, `#`, `%`). */
const NOT_IN_ADDRESS = `\\s@<>()[\\]\\\\,;:"?&#%/${INVISIBLE}`;
const ADDRESS = `[^${NOT_IN_ADDRESS}]+@[^${NOT_IN_ADDRESS}.]+(?:\\.[^${NOT_IN_ADDRESS}.]+)+`;

/**
 * One plain e-mail address, `name@example.org`: no display name, no second address, no
 * `?subject=`/`?bcc=` headers, no invisible characters. The feed format's rule and the widgets'.
 */
export const EMAIL = new RegExp(`^${ADDRESS}$`);

/** Links a visitor may follow (lower-case scheme); the feed format's rule. Anything else (javascript:, data:, ftp:) is refused. */
// The host runs to the first / ? or #, and only there may the rest begin: a pattern where both could take
// the same characters (`[^\s/?#]+\S*`) took quadratic time to refuse a long URL (40,000 characters: 1.7 s).
export const LINK = new RegExp(
  `^(?:https?://[^\\s/?#${INVISIBLE}]+(?:[/?#][^\\s${INVISIBLE}]*)?|mailto:${ADDRESS}|tel:\\+?[\\d ()./-]{3,})$`,
);
