#!/usr/bin/env node
/**
 * Pseudo-locales, so a designer sees truncation and mirroring before a translator does:
 *
 * - `en-XA`: every English string accented (Ƒîñð á šéŕṽîçé) and padded to the longest a translation
 *   may be, between ⟪ ⟫ so a clipped start or end shows;
 * - `ar-XB`: the same, drawn right to left (each run of text inside U+202E … U+202C, as Android's
 *   ar-XB does), in a right-to-left layout, with the feed's Arabic text.
 *
 * "The longest a translation may be" is one rule, shared with `npm run i18n:check` (which fails on
 * a translation longer than it): `roomFor(source)` = 40 % more than the English text plus 10
 * characters (short labels grow most: "Now" → "Şu anda sürüyor"), or a unit's XLIFF `maxwidth`
 * (`size-unit="char"`) where a translator or engineer has checked that the place holds more. The
 * browser tests render every widget in both pseudo-locales at phone width and fail on text that
 * does not fit; so every translation within the rule fits.
 *
 *   node scripts/i18n-pseudo.mjs          writes locales/en-XA.xlf and locales/ar-XB.xlf
 *   (npm run i18n:extract runs it; npm run i18n:check fails when they are stale)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unescapeXml as unescape, escapeXml as escape } from './xml-text.mjs';

export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'];
const root = resolve(import.meta.dirname, '..');
const xliffDir = join(root, 'locales');

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PLACEHOLDER = /<(?:x|ph)\b[^>]*\/>|<ph\b[^>]*>[\s\S]*?<\/ph>/g;

/** Characters a person sees in an XLIFF source or target: placeholders and invisible controls left out. */
export function width(xml) {
  const text = unescape(xml.replace(PLACEHOLDER, '')).replace(/\p{Cf}/gu, '');
  return [...segmenter.segment(text)].length;
}

/** The longest a translation of `sourceXml` may be (see above); `maxwidth` from the unit when set. */
export function roomFor(sourceXml, maxwidth) {
  return maxwidth ?? Math.ceil(width(sourceXml) * 1.4) + 10;
}

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);
const FILLER =
  'ļöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ îñçîðîðûñţ ûţ ļáƀöŕé éţ ðöļöŕé ɱáĝñá áļîǫûá ûţ éñîɱ áð ɱîñîɱ ṽéñîáɱ ǫûîš ñöšţŕûð éẋéŕçîţáţîöñ ûļļáɱçö ļáƀöŕîš ñîšî ûţ áļîǫûîþ';

/** The pseudo-translation of one XLIFF source (placeholders kept, in place). */
export function pseudoTarget(sourceXml, { rtl = false, room = roomFor(sourceXml) } = {}) {
  if (!/\p{L}/u.test(unescape(sourceXml.replace(PLACEHOLDER, '')))) return sourceXml; // nothing to translate: "{0}"
  const parts = sourceXml.split(/(<(?:x|ph)\b[^>]*\/>)/);
  const text = (s) => (rtl && s ? `\u202E${s}\u202C` : s);
  const accented = parts.map((part, i) => (i % 2 ? part : text(escape([...unescape(part)].map((c) => ACCENTS[c] ?? c).join('')))));
  const used = width(sourceXml) + 2; // and ⟪ ⟫
  let pad = FILLER.repeat(4).slice(0, Math.max(0, room - used - 1));
  if (pad.endsWith(' ')) pad = `${pad.slice(0, -1)}·`;
  const padding = pad ? ` ${pad}` : '';
  return `${text('⟪')}${accented.join('')}${text(`${padding}⟫`)}`.replace(/\u202C\u202E/g, '');
}

const unitRe = /(<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(\s*<target[^>]*>[\s\S]*?<\/target>)?/g;

/** `maxwidth` set on a unit in any language's file, by id (the pseudo-locales use the largest). */
export function maxwidths(dir = xliffDir) {
  const found = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<trans-unit\b([^>]*)>/g)) {
      const id = /\bid="([^"]+)"/.exec(m[1])?.[1];
      const max = Number(/\bmaxwidth="(\d+)"/.exec(m[1])?.[1]);
      if (id && max) found.set(id, Math.max(found.get(id) ?? 0, max));
    }
  }
  return found;
}

/** The pseudo-locale's XLIFF, from its file as `lit-localize extract` left it (sources, maybe old targets). */
export function pseudoXliff(xml, locale, widths = maxwidths()) {
  const rtl = locale === 'ar-XB';
  return xml.replace(unitRe, (whole, open, id, source, close) => {
    const room = Math.max(roomFor(source), widths.get(id) ?? 0);
    return `${open}${source}${close}\n  <target>${pseudoTarget(source, { rtl, room })}</target>`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const widths = maxwidths();
  for (const locale of PSEUDO_LOCALES) {
    const file = join(xliffDir, `${locale}.xlf`);
    writeFileSync(file, pseudoXliff(readFileSync(file, 'utf8'), locale, widths));
  }
  console.log(`i18n-pseudo: ${PSEUDO_LOCALES.join(', ')} written`);
}
