/**
 * Opening hours as people write them in a spreadsheet — `Mo-Fr 09:00-12:00; Mo,Tu,Th 13:00-16:30`,
 * `ma-vr 9-17`, `lu-ve 9h-12h`, `PN-PT, 07:30-15:30`, `Пн–Пт 9:00–18:00`, `täglich 8-20 Uhr` — read
 * into the feed's weekly ranges. An abbreviation that means different days in different languages
 * is settled by the other day words in the text, then by the feed's languages; otherwise the text
 * is refused with what it could mean and what to write. Anything unclear refuses the whole text:
 * hours that are half right would send someone to a closed door.
 */
import type { OpeningHours } from '../feed/types.js';
import type { Weekday } from '../time/date-keys.js';
import { closest } from './suggest.js';
import { allDayWords, dayMeanings, dayName, languageName, type DayMeaning } from './weekdays.js';

const DAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export type HoursResult = { hours: OpeningHours[]; error?: undefined } | { hours?: undefined; error: string };

/** Words between two days or two times that mean "to". */
const RANGE_WORDS = new Set(['to', 'till', 'until', 'bis', 'tot', 'au', 'à', 'a', 'al', 'do', 'até', 'till', '–', '—']);
/** Words that join items: "Mo und Mi", "lu et je". */
const JOIN_WORDS = new Set(['and', 'und', 'en', 'et', 'i', 'oraz', 'e', 'y', 'och', 'og', 'ja', 'a', 've', 'و']);
/** Words that add nothing: "9-12 Uhr", "godz. 8-16", "from 9". */
const FILLER_WORDS = new Set([
  'uhr',
  'h',
  'u',
  'godz',
  'godz.',
  'godzina',
  'heures',
  'ore',
  'horas',
  'from',
  'von',
  'van',
  'de',
  'od',
  'da',
  'kl',
  'kl.',
  'klo',
  'saat',
  'open',
  'geöffnet',
  'geopend',
  'ouvert',
  'czynne',
  'otwarte',
  'aperto',
  'abierto',
  'öppet',
  'åbent',
  'åpent',
]);
const CLOSED_WORDS = new Set([
  'closed',
  'geschlossen',
  'gesloten',
  'fermé',
  'ferme',
  'zamknięte',
  'nieczynne',
  'nieczynny',
  'chiuso',
  'cerrado',
  'fechado',
  'stängt',
  'lukket',
  'stengt',
  'suljettu',
  'kapalı',
  'zavřeno',
  'zatvoreno',
  'închis',
  'zárva',
  'κλειστό',
  'зачинено',
  'закрыто',
  'مغلق',
  'بسته',
  '-',
  'x',
]);
const EVERY_DAY = [
  'daily',
  'täglich',
  'tägl',
  'tägl.',
  'dagelijks',
  'quotidien',
  'codziennie',
  'giornaliero',
  'diario',
  'diariamente',
  'dagligen',
  'dagligt',
  'daglig',
  'päivittäin',
  'denně',
  'zilnic',
  'naponta',
  'günlük',
  'καθημερινά',
  'щодня',
  'ежедневно',
  'يوميا',
  'روزانه',
];
const PHRASES: [RegExp, string][] = [
  [
    /\b(every ?day|tous les jours|ogni giorno|todos los d[ií]as|todos os dias|alle tage|iedere dag|elke dag|her gün|7 days a week)\b/giu,
    ' daily ',
  ],
  [
    /\b(weekdays|werktags|werkdagen|en semaine|dni robocze|dni powszednie|giorni feriali|d[ií]as laborables|vardagar|hverdage|hverdager|arkisin|hafta içi)\b/giu,
    ' mo-fr ',
  ],
  [/\b(weekends?|wochenende|weekend|fin de semana|helg|hafta sonu)\b/giu, ' sa-su '],
  [/24\s*\/\s*7|24\s*h(ours)?\s*(a day)?\b/giu, ' daily 00:00-24:00 '],
];
const HOLIDAY = /^(ph|sh|feiertags?|feestdagen|jours fériés|święta|holidays?|public holidays?)$/iu;

type Token =
  | { kind: 'day'; text: string; meanings: DayMeaning[] }
  | { kind: 'time'; text: string; minutes: number }
  | { kind: 'dash'; text: string }
  | { kind: 'sep'; text: string }
  | { kind: 'word'; text: string };

// A time: 9, 09:00, 9.30, 9h30, 14h, 5pm, 5:30 p.m.
const TIME = /^(\d{1,2})(?:([:.h])(\d{2})?)?(?:\s*([ap])\.?\s*m\.?(?![\p{L}]))?/iu;

function tokenize(text: string): Token[] | string {
  let rest = text.replace(/\u00a0/g, ' ');
  for (const [pattern, replacement] of PHRASES) rest = rest.replace(pattern, replacement);
  const tokens: Token[] = [];
  while ((rest = rest.replace(/^\s+/u, ''))) {
    const time = /^\d/.test(rest) ? TIME.exec(rest) : null;
    if (time) {
      const hour = Number(time[1]);
      const minute = time[3] === undefined ? 0 : Number(time[3]);
      const meridiem = time[4]?.toLowerCase();
      if (time[2] && time[2] !== 'h' && time[3] === undefined) return `"${time[0].trim()}" is not a time: write it as 09:00`;
      let h = hour;
      if (meridiem) {
        if (hour < 1 || hour > 12) return `"${time[0].trim()}" is not a time: write it as 09:00`;
        h = (hour % 12) + (meridiem === 'p' ? 12 : 0);
      }
      if (h > 24 || minute > 59 || (h === 24 && minute))
        return `"${time[0].trim()}" is not a time of day: write it as HH:MM, from 00:00 to 24:00`;
      tokens.push({ kind: 'time', text: time[0].trim(), minutes: h * 60 + minute });
      rest = rest.slice(time[0].length);
      continue;
    }
    const dash = /^(?:-+|–|—|‑|−|~)/u.exec(rest);
    if (dash) {
      tokens.push({ kind: 'dash', text: dash[0] });
      rest = rest.slice(dash[0].length);
      continue;
    }
    const sep = /^[,;/|&+:\n]/u.exec(rest);
    if (sep) {
      tokens.push({ kind: 'sep', text: sep[0] });
      rest = rest.slice(1);
      continue;
    }
    const word = /^[\p{L}\p{M}\u200c'ʼ]+\.?/u.exec(rest);
    if (!word) return `"${rest[0]}" is not expected in opening hours`;
    const text = word[0];
    rest = rest.slice(text.length);
    const lower = text.toLowerCase();
    const meanings = dayMeanings(lower);
    if (meanings.length) tokens.push({ kind: 'day', text, meanings });
    else tokens.push({ kind: 'word', text });
  }
  return tokens;
}

/**
 * Reads opening hours text. `languages`: the feed's languages (English is always understood),
 * which settle an abbreviation that the text's other day words leave open.
 */
export function parseOpeningHours(input: string, languages: readonly string[] = []): HoursResult {
  const tokens = tokenize(input);
  if (typeof tokens === 'string') return { error: tokens };
  const days = tokens.filter((t): t is Extract<Token, { kind: 'day' }> => t.kind === 'day');
  // Evidence for each language from the day words of the text: a word only one language has
  // (`vr`, `pn`) counts fully, a word many have (`sa`) little. ("do" is left out: in "pn do pt"
  // it is Polish for "to".)
  const evidence = new Map<string, number>();
  const share = (token: Extract<Token, { kind: 'day' }>): Map<string, number> => {
    const langs = new Set(token.meanings.map((m) => m.language));
    return new Map([...langs].map((l) => [l, 1 / langs.size]));
  };
  for (const d of days)
    if (!RANGE_WORDS.has(d.text.toLowerCase())) for (const [l, w] of share(d)) evidence.set(l, (evidence.get(l) ?? 0) + w);
  const preferred = [...new Set([...languages.map((l) => l.split('-')[0]!.toLowerCase()), 'en'])];
  const resolve = (token: Extract<Token, { kind: 'day' }>): Weekday | string => {
    const distinct = new Set(token.meanings.map((m) => m.day));
    if (distinct.size === 1) return token.meanings[0]!.day;
    // The meaning the other words support most, else the one in the feed's languages.
    const own = RANGE_WORDS.has(token.text.toLowerCase()) ? new Map<string, number>() : share(token);
    const support = [...distinct]
      .map((day) => ({
        day,
        score: Math.max(
          ...token.meanings.filter((m) => m.day === day).map((m) => (evidence.get(m.language) ?? 0) - (own.get(m.language) ?? 0)),
        ),
      }))
      .sort((a, b) => b.score - a.score);
    if (support[0]!.score > 0 && support[0]!.score > support[1]!.score) return support[0]!.day;
    const inFeed = new Set(token.meanings.filter((m) => preferred.includes(m.language)).map((m) => m.day));
    if (inFeed.size === 1) return [...inFeed][0]!;
    return ambiguity(token.text, token.meanings, preferred);
  };
  const topLanguage = [...evidence].sort((a, b) => b[1] - a[1])[0]?.[0];

  const ranges: { days: Set<Weekday>; opens: number; closes: number }[] = [];
  let current = new Set<Weekday>();
  let afterTime = false; // a time range was read since the last day: the next day starts a new group
  let dayFrom: Weekday | undefined; // "Mo-" waiting for its last day
  let timeFrom: number | undefined; // "09:00-" waiting for its closing time
  let closed = false;
  let last: Token | undefined;
  const polish = topLanguage === 'pl';

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    // A word that means "to" between two days or two times is a dash ("Mo bis Fr", "pn do pt", "9 to 5").
    const lower = token.text.toLowerCase();
    const betweenTimes = last?.kind === 'time' && next?.kind === 'time';
    const betweenDays = last?.kind === 'day' && next?.kind === 'day';
    if (
      (token.kind === 'word' || token.kind === 'day') &&
      RANGE_WORDS.has(lower) &&
      (betweenTimes || (betweenDays && (token.kind === 'word' || (lower === 'do' && polish))))
    ) {
      if (betweenTimes && timeFrom === undefined) timeFrom = (last as Extract<Token, { kind: 'time' }>).minutes;
      if (betweenDays) dayFrom = dayFrom ?? (resolve(last as Extract<Token, { kind: 'day' }>) as Weekday);
      last = { kind: 'dash', text: token.text };
      continue;
    }
    switch (token.kind) {
      case 'day': {
        const day = resolve(token);
        if (!DAYS.includes(day as Weekday)) return { error: day };
        if (afterTime || closed) {
          current = new Set();
          afterTime = false;
          closed = false;
        }
        if (dayFrom !== undefined && last?.kind === 'dash') {
          for (let d = DAYS.indexOf(dayFrom); ; d = (d + 1) % 7) {
            current.add(DAYS[d]!);
            if (DAYS[d] === day) break;
          }
          dayFrom = undefined;
        } else current.add(day as Weekday);
        break;
      }
      case 'dash':
        if (last?.kind === 'day') dayFrom = resolve(last) as Weekday;
        else if (last?.kind === 'time') timeFrom ??= last.minutes;
        else if (next && next.kind !== 'time' && next.kind !== 'day') {
          closed = true; // "Sa -": closed
        } else return { error: `a dash without a day or time before it in "${input.trim()}"` };
        break;
      case 'time':
        if (timeFrom !== undefined && last?.kind === 'dash') {
          if (!current.size)
            return {
              error: `"${minutes(timeFrom)}-${minutes(token.minutes)}" has no days: write the days first, e.g. Mo-Fr ${minutes(timeFrom)}-${minutes(token.minutes)}`,
            };
          if (token.minutes === timeFrom)
            return { error: `"${minutes(timeFrom)}-${minutes(token.minutes)}" opens and closes at the same time` };
          ranges.push({ days: current, opens: timeFrom, closes: token.minutes });
          timeFrom = undefined;
          afterTime = true;
        } else if (timeFrom !== undefined) {
          return {
            error: `"${minutes(timeFrom)}" has no closing time: write ${minutes(timeFrom)}-${minutes(Math.min(timeFrom + 180, 1440))}`,
          };
        } else if (next?.kind !== 'dash' && !(next && RANGE_WORDS.has(next.text.toLowerCase()))) {
          return { error: `"${token.text}" has no closing time: write opening and closing time, e.g. 09:00-12:00` };
        }
        break;
      case 'sep':
        break;
      case 'word': {
        if (CLOSED_WORDS.has(lower)) {
          closed = true;
          break;
        }
        if (EVERY_DAY.includes(lower) || lower === 'daily') {
          if (afterTime || closed) [current, afterTime, closed] = [new Set(), false, false];
          DAYS.forEach((d) => current.add(d));
          break;
        }
        if (HOLIDAY.test(lower))
          return { error: `"${token.text}": holidays go in the closures column (e.g. 2026-12-24 to 2026-12-26), not in the weekly hours` };
        if (JOIN_WORDS.has(lower) || FILLER_WORDS.has(lower) || FILLER_WORDS.has(lower.replace(/\.$/, ''))) break;
        const guess = closest(lower.replace(/\.$/, ''), allDayWords());
        return {
          error: `"${token.text}" is not a weekday${guess ? `: did you mean "${guess}"?` : ": write Mo, Tu, We, Th, Fr, Sa, Su (or the day names of the feed's languages)"}`,
        };
      }
    }
    if (token.kind !== 'sep') last = token;
  }
  if (timeFrom !== undefined) return { error: `"${minutes(timeFrom)}" has no closing time` };
  if (dayFrom !== undefined) return { error: `"${dayName(dayFrom)} -" has no last day: write e.g. Mo-Fr` };
  if (current.size && !afterTime && !closed && ranges.every((r) => r.days !== current)) {
    const list = [...current].map((d) => d[0]!.toUpperCase() + d[1]).join(',');
    return { error: `${list} has no hours: write e.g. ${list} 10:00-14:00 (days that are closed can be left out)` };
  }
  return { hours: merge(ranges) };
}

/** One feed entry per distinct opening and closing time, its days in week order. */
function merge(ranges: { days: Set<Weekday>; opens: number; closes: number }[]): OpeningHours[] {
  const byTime = new Map<string, Set<Weekday>>();
  for (const r of ranges) {
    const key = `${minutes(r.opens)}-${minutes(r.closes)}`;
    const set = byTime.get(key) ?? new Set();
    r.days.forEach((d) => set.add(d));
    byTime.set(key, set);
  }
  return [...byTime].map(([key, days]) => {
    const [opens, closes] = key.split('-') as [string, string];
    return { days: DAYS.filter((d) => days.has(d)), opens, closes };
  });
}

const minutes = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** `"ma" is Dutch for Monday but French for Tuesday: use "mo" or "tu"`. */
function ambiguity(word: string, meanings: DayMeaning[], preferred: string[]): string {
  const byDay = new Map<Weekday, string[]>();
  for (const m of meanings) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m.language]);
  const rank = (langs: string[]): number =>
    Math.min(...langs.map((l) => (preferred.includes(l) ? 0 : ['nl', 'de', 'fr', 'pl', 'es', 'it'].includes(l) ? 1 : 2)));
  const parts = [...byDay].sort((a, b) => rank(a[1]) - rank(b[1]) || DAYS.indexOf(a[0]) - DAYS.indexOf(b[0]));
  const said = parts.slice(0, 3).map(([day, langs]) => `${languageName(langs[0]!)} for ${dayName(day)}`);
  return `"${word}" is ${said.join(' but ')}: use ${parts
    .slice(0, 3)
    .map(([day]) => `"${day}"`)
    .join(' or ')}`;
}
