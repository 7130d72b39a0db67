/**
 * Deterministic synthetic feed data for search benchmarks (scripts/bench-search.mjs
 * and test/search/perf.test.ts): multilingual services in German, English, Arabic,
 * Ukrainian, Turkish and Persian, with a long tail of rarer words so that the
 * vocabulary is about as large as a real city's feed (tens of thousands of words).
 */
import type { SearchableCategory, SearchableService } from '../../src/search/service-index.js';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<string, string[]> = {
  de: (
    'Krankenhaus Sprachkurs Wohnung Arztpraxis Beratung Flüchtlinge Integrationskurs Kindergarten Schule ' +
    'Ausländerbehörde Jobcenter Sozialamt Bürgeramt Anmeldung Aufenthaltstitel Familienzentrum Frauenhaus Notunterkunft ' +
    'Hausaufgabenhilfe Berufsberatung Anerkennung Zeugnisse Übersetzung Dolmetscher Rechtsberatung Schuldnerberatung ' +
    'Gesundheitsamt Impfung Zahnarzt Kinderarzt Psychologische Unterstützung Treffpunkt Nachbarschaft Ehrenamt Sportverein ' +
    'Bibliothek Jugendzentrum Seniorentreff Kleiderkammer Tafel Lebensmittel Möbel Fahrrad Werkstatt Mieterverein ' +
    'Wohngeld Kindergeld Elterngeld Krankenversicherung Führerschein Ausbildung Studium Universität Volkshochschule ' +
    'für mit und der die das bei im am zum zur kostenlos offen montags freitags Termin Anmeldung erforderlich ' +
    'Straße Platz Gasse Weg Allee Größe Öffnungszeiten Ärztin Begegnungsstätte Hilfe Migranten Neuzugewanderte'
  ).split(' '),
  en: (
    'hospital language course housing doctor clinic counselling refugees integration kindergarten school ' +
    'immigration office job centre social welfare registration residence permit family centre women shelter ' +
    'homework help career advice recognition certificates translation interpreter legal advice debt counselling ' +
    'health office vaccination dentist paediatrician psychological support meeting point neighbourhood volunteering ' +
    'sports club library youth centre seniors clothing food bank furniture bicycle workshop tenants association ' +
    'housing benefit child benefit parental allowance health insurance driving licence apprenticeship university ' +
    'for with and the at in on free open mondays fridays appointment required newcomers migrants help'
  ).split(' '),
  ar: (
    'مستشفى دورة لغة سكن طبيب عيادة استشارة لاجئين اندماج روضة أطفال مدرسة مكتب الأجانب مركز العمل ' +
    'الشؤون الاجتماعية تسجيل تصريح إقامة مركز الأسرة ملجأ النساء مساعدة الواجبات المدرسية توجيه مهني ' +
    'معادلة الشهادات ترجمة مترجم استشارة قانونية ديون الصحة تطعيم طبيب أسنان طبيب أطفال دعم نفسي ' +
    'ملتقى الحي تطوع نادي رياضي مكتبة شباب كبار السن ملابس طعام أثاث دراجة ورشة مجاني مفتوح موعد ' +
    'للمهاجرين الجدد في مع و من إلى على يوم الاثنين الجمعة'
  ).split(' '),
  uk: (
    'лікарня мовний курс житло лікар клініка консультація біженці інтеграція дитячий садок школа ' +
    'міграційна служба центр зайнятості соціальна допомога реєстрація посвідка на проживання сімейний центр ' +
    'притулок для жінок допомога з домашніми завданнями профорієнтація визнання документів переклад перекладач ' +
    "юридична консультація борги охорона здоров'я щеплення стоматолог педіатр психологічна підтримка " +
    'зустріч сусідство волонтерство спортивний клуб бібліотека молодь літні люди одяг їжа меблі велосипед ' +
    "безкоштовно відкрито запис обов'язковий понеділок п'ятниця для з та у"
  ).split(' '),
  tr: (
    'hastane dil kursu konut doktor klinik danışmanlık mülteciler entegrasyon anaokulu okul göçmenlik ofisi ' +
    'iş merkezi sosyal yardım kayıt oturma izni aile merkezi kadın sığınma evi ödev yardımı meslek danışmanlığı ' +
    'denklik belgeler çeviri tercüman hukuki danışmanlık borç sağlık aşı diş hekimi çocuk doktoru psikolojik destek ' +
    'buluşma noktası mahalle gönüllülük spor kulübü kütüphane gençlik yaşlılar giyim gıda mobilya bisiklet atölye ' +
    'ücretsiz açık randevu gerekli pazartesi cuma için ile ve yeni gelenler göçmenler İstanbul Şişli Çağlayan Ilgaz'
  ).split(' '),
  fa: (
    'بیمارستان کلاس زبان مسکن پزشک درمانگاه مشاوره پناهندگان ادغام مهدکودک مدرسه اداره اتباع مرکز کار ' +
    'ثبت نام اجازه اقامت کمک تکالیف ترجمه مترجم مشاوره حقوقی سلامت واکسن دندانپزشک کتابخانه رایگان باز وقت ملاقات ' +
    'برای با و در یکشنبه'
  ).split(' '),
};
const LOCALES = Object.keys(WORDS);

const SYLLABLES = [
  'ka',
  'ro',
  'ber',
  'lin',
  'sta',
  'mu',
  'hel',
  'dor',
  'fen',
  'gra',
  'tis',
  'wal',
  'den',
  'ko',
  'ri',
  'sch',
  'ne',
  'bau',
  'ler',
  'tor',
  'vin',
  'ma',
  'pe',
  'zu',
  'lo',
  'gen',
  'burg',
  'feld',
  'ach',
  'ul',
];

export interface SyntheticFeed {
  services: SearchableService[];
  categories: SearchableCategory[];
}

/** `count` services (ids s0…), 16 categories; the same seed gives the same feed. */
export function syntheticFeed(count: number, seed = 1): SyntheticFeed {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  // A long tail of rare words (street, place and organisation names).
  const rare = Array.from({ length: 30_000 }, () => {
    let w = '';
    for (let i = 0, len = 2 + Math.floor(rnd() * 3); i < len; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  });
  const phrase = (locale: string, min: number, max: number, rareShare: number): string => {
    const out: string[] = [];
    for (let i = 0, len = min + Math.floor(rnd() * (max - min + 1)); i < len; i++) {
      out.push(rnd() < rareShare ? pick(rare) : pick(WORDS[locale]!));
    }
    return out.join(' ');
  };
  const categories: SearchableCategory[] = Array.from({ length: 16 }, (_, i) => ({
    id: `c${i}`,
    name: Object.fromEntries(LOCALES.slice(0, 3 + (i % 4)).map((l) => [l, phrase(l, 1, 2, 0)])),
  }));
  const services: SearchableService[] = [];
  for (let i = 0; i < count; i++) {
    const own = LOCALES.filter(() => rnd() < 0.35);
    if (!own.includes('de')) own.unshift('de');
    const localized = (min: number, max: number, rareShare: number) =>
      Object.fromEntries(own.map((l) => [l, phrase(l, min, max, rareShare)]));
    const kwLocale = pick(LOCALES);
    services.push({
      id: `s${i}`,
      name: rnd() < 0.15 ? phrase('de', 2, 4, 0.2) : localized(2, 4, 0.15),
      description: localized(8, 20, 0.2),
      organization: { name: `${pick(rare)} ${pick(WORDS['de']!)} ${pick(rare)}` },
      categories: [pick(categories).id, ...(rnd() < 0.4 ? [pick(categories).id] : [])],
      keywords: rnd() < 0.5 ? { [kwLocale]: phrase(kwLocale, 2, 5, 0).split(' ') } : phrase('en', 1, 3, 0).split(' '),
    });
  }
  return { services, categories };
}

/** 200 queries as people type them: growing prefixes (some of two words), then one-typo words. */
export function benchQueries(seed = 2): string[] {
  const rnd = prng(seed);
  const targets = [
    'Krankenhaus',
    'Sprachkurs',
    'Wohnung',
    'Arztpraxis',
    'Flüchtlinge',
    'Beratung',
    'doctor',
    'hospital',
    'language course',
    'مستشفى',
    'طبيب',
    'лікар',
    'лікарня',
    'doktor',
    'hastane',
    'danışmanlık',
    'پزشک',
    'kindergarten',
    'Integrationskurs',
    'Übersetzung',
    'Berufsberatung',
  ];
  const queries: string[] = [];
  for (const t of targets) for (let i = 1; i <= t.length && queries.length < 140; i++) queries.push(t.slice(0, i));
  const typo = (w: string): string => {
    const at = 1 + Math.floor(rnd() * (w.length - 2));
    const kind = Math.floor(rnd() * 3);
    if (kind === 0) return w.slice(0, at) + w.slice(at + 1); // missing letter
    if (kind === 1) return w.slice(0, at) + 'x' + w.slice(at + 1); // wrong letter
    return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2); // swapped letters
  };
  const long = targets.filter((t) => t.length >= 6 && !t.includes(' '));
  while (queries.length < 200) queries.push(typo(pick(long)));
  return queries;

  function pick<T>(list: readonly T[]): T {
    return list[Math.floor(rnd() * list.length)]!;
  }
}
