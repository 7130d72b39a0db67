// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `ar`,
  `ar-XB`,
  `bg`,
  `ckb`,
  `cs`,
  `da`,
  `de`,
  `el`,
  `en-XA`,
  `es`,
  `et`,
  `fa`,
  `fa-AF`,
  `fi`,
  `fr`,
  `ga`,
  `hr`,
  `hu`,
  `it`,
  `kmr`,
  `lt`,
  `lv`,
  `mt`,
  `nb`,
  `nl`,
  `pl`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `sk`,
  `sl`,
  `so`,
  `sq`,
  `sv`,
  `ti`,
  `tr`,
  `uk`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `ar`,
  `ar-XB`,
  `bg`,
  `ckb`,
  `cs`,
  `da`,
  `de`,
  `el`,
  `en`,
  `en-XA`,
  `es`,
  `et`,
  `fa`,
  `fa-AF`,
  `fi`,
  `fr`,
  `ga`,
  `hr`,
  `hu`,
  `it`,
  `kmr`,
  `lt`,
  `lv`,
  `mt`,
  `nb`,
  `nl`,
  `pl`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `sk`,
  `sl`,
  `so`,
  `sq`,
  `sv`,
  `ti`,
  `tr`,
  `uk`,
] as const;
