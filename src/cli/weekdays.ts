/**
 * Weekday names and abbreviations as people write them in opening hours, in English and the feed
 * languages (`Mo-Fr`, Dutch `ma-vr`, French `lu-ve`, Polish `PN-PT`, `Пн-Пт`, `الاثنين`). Some
 * abbreviations mean different days in different languages (`ma` is Monday in Dutch but Tuesday in
 * French; `do` Thursday in German, Sunday in Spanish): `dayMeanings` lists every meaning so the
 * parser can settle it by the other words and the feed's languages, or say what to write.
 */
import type { Weekday } from '../time/date-keys.js';

/** [language, Monday … Sunday], each a list of the words for that day ('|'-separated). */
const TABLE: [string, string, string, string, string, string, string, string][] = [
  [
    'en',
    'mo|mon|monday',
    'tu|tue|tues|tuesday',
    'we|wed|weds|wednesday',
    'th|thu|thur|thurs|thursday',
    'fr|fri|friday',
    'sa|sat|saturday',
    'su|sun|sunday',
  ],
  ['de', 'mo|montag', 'di|dienstag', 'mi|mittwoch', 'do|donnerstag', 'fr|freitag', 'sa|samstag|sonnabend', 'so|sonntag'],
  ['nl', 'ma|maandag', 'di|dinsdag', 'wo|woensdag', 'do|donderdag', 'vr|vrijdag', 'za|zaterdag', 'zo|zondag'],
  ['fr', 'lu|lun|lundi', 'ma|mar|mardi', 'me|mer|mercredi', 'je|jeu|jeudi', 've|ven|vendredi', 'sa|sam|samedi', 'di|dim|dimanche'],
  [
    'pl',
    'pn|pon|poniedziałek',
    'wt|wto|wtorek',
    'śr|sr|śro|środa',
    'cz|czw|czwartek',
    'pt|pią|piątek',
    'so|sob|sobota',
    'nd|ndz|niedz|niedziela',
  ],
  [
    'it',
    'lu|lun|lunedì|lunedi',
    'ma|mar|martedì|martedi',
    'me|mer|mercoledì|mercoledi',
    'gi|gio|giovedì|giovedi',
    've|ven|venerdì|venerdi',
    'sa|sab|sabato',
    'do|dom|domenica',
  ],
  [
    'es',
    'lu|lun|lunes',
    'ma|mar|martes',
    'mi|mié|mie|miércoles|miercoles',
    'ju|jue|jueves',
    'vi|vie|viernes',
    'sá|sa|sáb|sab|sábado|sabado',
    'do|dom|domingo',
  ],
  ['pt', 'seg|segunda', 'ter|terça|terca', 'qua|quarta', 'qui|quinta', 'sex|sexta', 'sáb|sab|sábado|sabado', 'dom|domingo'],
  ['sv', 'må|mån|måndag', 'ti|tis|tisdag', 'on|ons|onsdag', 'to|tor|tors|torsdag', 'fr|fre|fredag', 'lö|lör|lördag', 'sö|sön|söndag'],
  ['da', 'ma|man|mandag', 'ti|tir|tirsdag', 'on|ons|onsdag', 'to|tor|torsdag', 'fr|fre|fredag', 'lø|lør|lørdag', 'sø|søn|søndag'],
  ['nb', 'ma|man|mandag', 'ti|tir|tirsdag', 'on|ons|onsdag', 'to|tor|torsdag', 'fr|fre|fredag', 'lø|lør|lørdag', 'sø|søn|søndag'],
  ['fi', 'ma|maanantai', 'ti|tiistai', 'ke|keskiviikko', 'to|torstai', 'pe|perjantai', 'la|lauantai', 'su|sunnuntai'],
  ['cs', 'po|pondělí', 'út|úterý', 'st|středa', 'čt|čtvrtek', 'pá|pátek', 'so|sobota', 'ne|neděle'],
  ['hr', 'pon|ponedjeljak', 'uto|utorak', 'sri|srijeda', 'čet|četvrtak', 'pet|petak', 'sub|subota', 'ned|nedjelja'],
  ['ro', 'lu|luni', 'ma|marți|marti', 'mi|miercuri', 'jo|joi', 'vi|vineri', 'sâ|sâmbătă|sambata', 'du|duminică|duminica'],
  ['hu', 'hét|hétfő', 'kedd', 'sze|szerda', 'csü|csütörtök', 'pén|péntek', 'szo|szombat', 'vas|vasárnap'],
  ['tr', 'pzt|pts|pazartesi', 'sal|salı', 'çar|çarşamba', 'per|perşembe', 'cum|cuma', 'cmt|cumartesi', 'paz|pazar'],
  ['el', 'δευ|δευτέρα', 'τρι|τρίτη', 'τετ|τετάρτη', 'πεμ|πέμπτη', 'παρ|παρασκευή', 'σαβ|σάββατο', 'κυρ|κυριακή'],
  ['uk', 'пн|понеділок', 'вт|вівторок', 'ср|середа', 'чт|четвер', "пт|пʼятниця|п'ятниця", 'сб|субота', 'нд|неділя'],
  ['ru', 'пн|понедельник', 'вт|вторник', 'ср|среда', 'чт|четверг', 'пт|пятница', 'сб|суббота', 'вс|воскресенье'],
  [
    'ar',
    'الاثنين|الإثنين|اثنين',
    'الثلاثاء|ثلاثاء',
    'الأربعاء|الاربعاء|أربعاء',
    'الخميس|خميس',
    'الجمعة|جمعة',
    'السبت|سبت',
    'الأحد|الاحد|أحد',
  ],
  ['fa', 'دوشنبه', 'سه‌شنبه|سه شنبه|سهشنبه', 'چهارشنبه', 'پنجشنبه|پنج‌شنبه', 'جمعه', 'شنبه', 'یکشنبه|یک‌شنبه'],
];

const DAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export interface DayMeaning {
  day: Weekday;
  language: string;
}

const MEANINGS = new Map<string, DayMeaning[]>();
for (const [language, ...days] of TABLE) {
  days.forEach((words, index) => {
    for (const word of words.split('|')) {
      const list = MEANINGS.get(word) ?? [];
      list.push({ day: DAYS[index]!, language });
      MEANINGS.set(word, list);
    }
  });
}

/** Every meaning of a word as a weekday (lower case; a trailing dot is an abbreviation's). */
export function dayMeanings(word: string): DayMeaning[] {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MEANINGS.get(key) ?? MEANINGS.get(key.normalize('NFC')) ?? [];
}

/** Every weekday word known, for "did you mean". */
export function allDayWords(): string[] {
  return [...MEANINGS.keys()];
}

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** `nl` → `Dutch`. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const ENGLISH_DAY = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;
export const dayName = (day: Weekday): string => ENGLISH_DAY[day];
