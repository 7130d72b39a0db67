/**
 * Text in and out of XML (the XLIFF files translators edit): the five predefined entities, read;
 * `&`, `<` and `>` escaped, which is all text content needs (quotes only matter in attributes).
 * Shared by the translation scripts and the package tests that read locales/*.xlf.
 */

/** XML text content → plain text. `&amp;` last, so that `&amp;lt;` stays `&lt;`. */
export const unescapeXml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Plain text → XML text content. */
export const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
