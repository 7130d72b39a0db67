/**
 * Values as people type them into spreadsheet cells, read into the feed's forms: dates (2027-04-17,
 * 17.04.2027, 17/04/2027) and times with the zone's offset, numbers with a decimal comma, phone
 * numbers, e-mail addresses, yes/no, amounts ("157.444 €"), and holiday closures. Each returns the
 * value or a message that shows the bad value and what to write.
 */
import { DATE_TIME, PHONE } from '../feed/schema.js';
import type { Closure } from '../feed/types.js';
import { pad, zonedIso } from '../time/zoned-time.js';
import { parseOpeningHours } from './opening-hours-text.js';
import { closest } from './suggest.js';

export type Result<T> = { value: T; error?: undefined } | { value?: undefined; error: string };
const ok = <T>(value: T): Result<T> => ({ value });
const fail = <T>(error: string): Result<T> => ({ error });

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** 2027-04-17, 17.04.2027, 17/04/2027 (day first, as in Europe), 17-04-2027. */
export function parseDate(text: string): Result<DateParts> {
  const value = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let parts: DateParts | undefined;
  if (m) parts = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  else if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value))) {
    if (+m[2]! > 12 && +m[1]! <= 12)
      return fail(`"${value}" looks like month/day: write the date as ${m[3]}-${pad(+m[1]!)}-${pad(+m[2]!)} (year-month-day)`);
    parts = { year: +m[3]!, month: +m[2]!, day: +m[1]! };
  }
  if (!parts) return fail(`"${value}" is not a date: write it as YYYY-MM-DD, e.g. 2027-04-17`);
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (parts.year < 1900 || parts.year > 2999 || check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day)
    return fail(`"${value}" is not a real date`);
  return ok(parts);
}

const dateKey = (p: DateParts): string => `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;

/**
 * A date, or a date and time, as the feed writes it: a date alone stays a date (an all-day
 * event); a time without an offset is read in `timeZone`. `sameDayAs` lets an end be a time only.
 */
export function parseDateTime(text: string, timeZone: string, sameDayAs?: string): Result<string> {
  const value = text.trim().replace(/\s+/g, ' ');
  if (DATE_TIME.test(value) && /[zZ+-]\d{0,2}:?\d{0,2}$/.test(value) && value.length > 10) return ok(value.replace(/z$/, 'Z'));
  const timeOnly = /^(\d{1,2})[:.h](\d{2})$/.exec(value);
  if (timeOnly && sameDayAs) return parseDateTime(`${sameDayAs.slice(0, 10)} ${value}`, timeZone);
  const m = /^(.+?)(?:[ T](\d{1,2})[:.h](\d{2})(?::\d{2})?)?(?: ?(?:Uhr|h))?$/i.exec(value);
  if (!m) return fail(`"${value}" is not a date and time: write it as 2027-04-17 09:00`);
  const date = parseDate(m[1]!);
  if (date.error !== undefined)
    return fail(date.error.includes('not a date') ? `"${value}" is not a date and time: write it as 2027-04-17 09:00` : date.error);
  if (m[2] === undefined) return ok(dateKey(date.value));
  const hour = +m[2];
  const minute = +m[3]!;
  if (hour > 23 || minute > 59) return fail(`"${value}": ${m[2]}:${m[3]} is not a time of day`);
  return ok(zonedIso(date.value.year, date.value.month, date.value.day, hour, minute, timeZone));
}

/** `51,3397` or `51.3397` → 51.3397, within ±`max`. */
export function parseCoordinate(text: string, max: number, name: string): Result<number> {
  const value = text.trim().replace(',', '.');
  const n = /^-?\d{1,3}(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > max)
    return fail(
      `${name} "${text.trim()}" is not a ${name === 'lat' ? 'latitude' : 'longitude'} (a number from -${max} to ${max}, e.g. ${name === 'lat' ? '51.3397' : '12.3731'})`,
    );
  return ok(n);
}

/** A phone number as it should be dialled: `Tel.: 0341 123-4567` → `0341 123-4567`. */
export function parsePhone(text: string): Result<string> {
  const value = text
    .trim()
    .replace(/^(?:tel(?:efon|ephone)?\.?|phone|ph\.?|fon)\s*:?\s*/i, '')
    .replace(/^tel:/i, '');
  if (PHONE.test(value)) return ok(value);
  return fail(`phone "${text.trim()}" is not a phone number: digits, spaces and + ( ) - / only, e.g. +49 341 123 4567`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(text: string): Result<string> {
  const value = text.trim().replace(/^mailto:/i, '');
  if (EMAIL.test(value) && !/[?&]/.test(value)) return ok(value);
  return fail(`e-mail "${text.trim()}" is not an e-mail address, e.g. info@example.org`);
}

const YES = ['yes', 'y', 'true', '1', 'ja', 'j', 'oui', 'tak', 'sì', 'si', 'sí', 'evet', 'x'];
const NO = ['no', 'n', 'false', '0', 'nein', 'nee', 'non', 'nie', 'hayır', 'hayir'];

export function parseYesNo(text: string, name: string): Result<boolean> {
  const value = text.trim().toLowerCase();
  if (YES.includes(value)) return ok(true);
  if (NO.includes(value)) return ok(false);
  return fail(`${name} "${text.trim()}": write yes or no`);
}

/** One of `options`, forgiving case, `_` for a space, and a few synonyms; else "did you mean". */
export function parseChoice<T extends string>(
  text: string,
  name: string,
  options: readonly T[],
  synonyms: Record<string, T> = {},
): Result<T> {
  const value = text.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  const found = options.find((o) => o === value) ?? synonyms[value];
  if (found) return ok(found);
  const near = closest(value, options);
  return fail(`${name} "${text.trim()}" is not one of ${options.join(', ')}${near ? `: did you mean "${near}"?` : ''}`);
}

/** Whole months: "36", "36 months". */
export function parseWholeNumber(text: string, name: string): Result<number> {
  const m = /^(\d{1,4})(?:\s*\p{L}+)?$/u.exec(text.trim());
  if (!m || +m[1]! < 1) return fail(`${name} "${text.trim()}" is not a whole number, e.g. 36`);
  return ok(+m[1]!);
}

const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  $: 'USD',
  zł: 'PLN',
  kr: 'SEK',
  '₺': 'TRY',
  '₴': 'UAH',
  chf: 'CHF',
};

/** "157444 EUR", "157.444 €", "€ 157,444.50" → amount and currency. */
export function parseBudget(text: string, currencyColumn?: string): Result<{ amount: number; currency: string }> {
  const value = text.trim();
  const sign = /^([A-Z]{3}|[€£$₺₴]|zł|kr|chf)?\s*([\d.,'\s]+?)\s*([A-Z]{3}|[€£$₺₴]|zł|kr|chf)?$/iu.exec(value);
  const currencyText = (sign?.[1] ?? sign?.[3] ?? currencyColumn ?? '').trim();
  const currency = CURRENCY_SIGNS[currencyText.toLowerCase()] ?? CURRENCY_SIGNS[currencyText] ?? currencyText.toUpperCase();
  if (!sign || !/^[A-Z]{3}$/.test(currency)) return fail(`budget "${value}": write the amount and its currency, e.g. 157444 EUR`);
  let digits = sign[2]!.replace(/[\s']/g, '');
  // 157.444 or 157,444 (thousands) and 1.234,50 or 1,234.50 (decimals): the last separator followed by 1–2 digits is the decimal one.
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  digits = decimal ? `${digits.slice(0, decimal.index).replace(/[.,]/g, '')}.${decimal[1]}` : digits.replace(/[.,]/g, '');
  const amount = Number(digits);
  if (!Number.isFinite(amount)) return fail(`budget "${value}": write the amount and its currency, e.g. 157444 EUR`);
  return ok({ amount, currency });
}

/**
 * Closures, `;`-separated: `2026-12-24 to 2026-12-26 Christmas`, `2027-01-01 New Year`,
 * `24.12.2026 10:00-12:00 Christmas Eve` (other hours that day). The reason is in `language`.
 */
export function parseClosures(text: string, language: string): Result<Closure[]> {
  const closures: Closure[] = [];
  const DATE = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})`;
  const entry = new RegExp(String.raw`^${DATE}(?:\s*(?:to|bis|tot|au|do|until|–|—|-|\.\.)\s*${DATE})?\s*(.*)$`, 'iu');
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = entry.exec(part);
    if (!m) return fail(`closure "${part}": write a date, a range and a reason, e.g. 2026-12-24 to 2026-12-26 Christmas`);
    const from = parseDate(m[1]!);
    if (from.error !== undefined) return fail(`closure "${part}": ${from.error}`);
    const closure: Closure = { from: dateKey(from.value) };
    if (m[2]) {
      const to = parseDate(m[2]);
      if (to.error !== undefined) return fail(`closure "${part}": ${to.error}`);
      closure.to = dateKey(to.value);
      if (closure.to < closure.from) return fail(`closure "${part}": the last day is before the first`);
    }
    let rest = m[3]!.trim();
    const times = /^((?:\d{1,2}[:.h]?\d{0,2}\s*[-–]\s*\d{1,2}[:.h]?\d{0,2}\s*,?\s*)+)(.*)$/u.exec(rest);
    if (times) {
      const hours = parseOpeningHours(`mo-su ${times[1]}`);
      if (hours.error !== undefined) return fail(`closure "${part}": ${hours.error}`);
      closure.hours = hours.hours.map(({ opens, closes }) => ({ opens, closes }));
      rest = times[2]!.trim();
    }
    rest = rest.replace(/^[:,(\s-]+|[)\s]+$/g, '');
    if (rest) closure.reason = { [language]: rest };
    closures.push(closure);
  }
  return ok(closures);
}
