/**
 * A network's merged feed for the stories: two cities (Leipzig, Poznań), each item naming its
 * publisher, with holidays, a temporarily closed service, attendance modes and event pages. Dates
 * and holidays are relative to today (in Leipzig), so "closed for a holiday" and upcoming events
 * show whatever day Storybook is opened. Served from a Blob URL, read through `src` like a city's feed.
 */
const ZONE = 'Europe/Berlin';
const WARSAW = 'Europe/Warsaw';

/** Today's date in Leipzig, plus `days`, as 'YYYY-MM-DD'. */
function day(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
  return new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `hour`:00 on day `days` from today, with Central European offset (near enough for a story). */
const at = (days: number, hour: number): string => {
  const date = day(days);
  const offset =
    new Intl.DateTimeFormat('en', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(Date.parse(`${date}T12:00:00Z`))
      .find((p) => p.type === 'timeZoneName')!
      .value.slice(3) || '+00:00';
  return `${date}T${String(hour).padStart(2, '0')}:00:00${offset}`;
};

const leipzig = { id: 'leipzig', name: { de: 'Stadt Leipzig', en: 'City of Leipzig' }, url: 'https://www.leipzig.de' };
// No Arabic, Ukrainian or German name: shown in another language, marked with its own `lang`.
const poznan = { id: 'poznan', name: { pl: 'Miasto Poznań', en: 'City of Poznań' }, url: 'https://www.poznan.pl' };
const everyDay = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const holiday = { en: 'Holiday', de: 'Feiertag', ar: 'عطلة', uk: 'Свято' };

const feed = {
  version: 1,
  publisher: { id: 'network', name: { en: 'Leipzig–Poznań partnership', de: 'Partnerschaft Leipzig–Posen' } },
  defaultLocale: 'en',
  locales: ['en', 'de', 'ar', 'uk', 'pl'],
  timeZone: ZONE,
  categories: [
    { id: 'health', name: { en: 'Health', de: 'Gesundheit', ar: 'الصحة', uk: "Здоров'я" } },
    { id: 'language', name: { en: 'Language courses', de: 'Sprachkurse', ar: 'دورات اللغة', uk: 'Мовні курси' } },
    { id: 'advice', name: { en: 'Advice', de: 'Beratung', ar: 'استشارة', uk: 'Консультації' } },
  ],
  services: [
    {
      id: 'clinic',
      publisher: leipzig,
      name: {
        en: 'Health advice for migrants',
        de: 'Gesundheitsberatung für Zugewanderte',
        ar: 'استشارات صحية للمهاجرين',
        uk: 'Медична консультація для мігрантів',
      },
      description: {
        en: 'Free, confidential medical advice, also without health insurance.',
        de: 'Kostenlose, vertrauliche Beratung, auch ohne Krankenversicherung.',
        ar: 'استشارات طبية مجانية وسرية، حتى بدون تأمين صحي.',
      },
      categories: ['health'],
      languages: ['de', 'en', 'ar', 'uk'],
      cost: 'free',
      locations: [
        { address: { street: 'Friedrich-Ebert-Straße 19a', postalCode: '04109', city: 'Leipzig' }, geo: { lat: 51.3397, lon: 12.3731 } },
      ],
      contacts: { phone: '+49 341 123 4567' },
      hours: [{ days: everyDay, opens: '08:00', closes: '18:00' }],
      // Closed today and tomorrow; shorter hours the day after; a holiday later on.
      closures: [
        { from: day(0), to: day(1), reason: holiday },
        {
          from: day(2),
          hours: [{ opens: '09:00', closes: '12:00' }],
          reason: { en: 'Staff meeting in the afternoon', de: 'Teamsitzung am Nachmittag' },
        },
        { from: day(30), reason: holiday },
      ],
    },
    {
      id: 'course',
      publisher: leipzig,
      status: 'temporarily closed',
      name: {
        en: 'German course for newcomers',
        de: 'Deutschkurs für Neuankommende',
        ar: 'دورة اللغة الألمانية للقادمين الجدد',
        uk: 'Курс німецької для новоприбулих',
      },
      description: { en: 'Closed while the building is renovated.', de: 'Wegen Umbau geschlossen.' },
      categories: ['language'],
      languages: ['de', 'ar', 'uk', 'en'],
      cost: 'free',
      locations: [{ address: { street: 'Löhrstraße 3', postalCode: '04105', city: 'Leipzig' } }],
      hours: [{ days: everyDay, opens: '00:00', closes: '24:00' }],
    },
    {
      id: 'poznan-info',
      publisher: poznan,
      timeZone: WARSAW,
      name: {
        pl: 'Punkt informacyjny dla cudzoziemców',
        en: 'Information point for foreigners',
        uk: 'Інформаційний пункт для іноземців',
        ar: 'نقطة معلومات للأجانب',
      },
      description: { pl: 'Informacje o pobycie, pracy i integracji.', en: 'Information on residence, work and integration.' },
      categories: ['advice'],
      languages: ['pl', 'en', 'uk', 'ar'],
      cost: 'free',
      locations: [{ address: { street: 'ul. Nowowiejskiego 11', postalCode: '61-731', city: 'Poznań' } }],
      hours: [{ days: everyDay, opens: '07:30', closes: '15:30' }],
      closures: [{ from: day(7), to: day(8), reason: { pl: 'Święto', en: 'Holiday' } }],
    },
    {
      id: 'poznan-course',
      publisher: poznan,
      timeZone: WARSAW,
      name: { pl: 'Kurs języka polskiego', en: 'Polish course', uk: 'Курс польської мови', ar: 'دورة اللغة البولندية' },
      categories: ['language'],
      languages: ['pl', 'uk', 'en', 'ar'],
      cost: 'free',
      locations: [{ address: { street: 'ul. Święty Marcin 30', postalCode: '61-806', city: 'Poznań' } }],
      hours: [{ days: ['mo', 'we'], opens: '16:00', closes: '19:00' }],
    },
  ],
  events: [
    {
      id: 'cafe',
      publisher: leipzig,
      title: { en: 'Language café', de: 'Sprachcafé', ar: 'مقهى اللغة', uk: 'Мовне кафе' },
      description: { en: 'Practise German over tea and coffee.', de: 'Deutsch üben bei Tee und Kaffee.' },
      start: at(1, 17),
      end: at(1, 19),
      location: {
        name: { en: 'City library', de: 'Stadtbibliothek' },
        address: { street: 'Wilhelm-Leuschner-Platz 10', postalCode: '04107', city: 'Leipzig' },
      },
      categories: ['language'],
      languages: ['de', 'en'],
      isAccessibleForFree: true,
      attendanceMode: 'offline',
      url: 'https://www.leipzig.de/sprachcafe',
    },
    {
      id: 'info-evening',
      publisher: leipzig,
      title: { en: 'Information evening: residence permits', de: 'Infoabend: Aufenthaltstitel', ar: 'أمسية معلومات: تصاريح الإقامة' },
      start: at(3, 18),
      end: at(3, 20),
      location: { name: { de: 'Neues Rathaus' }, address: { street: 'Martin-Luther-Ring 4', postalCode: '04109', city: 'Leipzig' } },
      online: { url: 'https://example.org/join' },
      categories: ['advice'],
      languages: ['de', 'ar'],
      isAccessibleForFree: true,
      attendanceMode: 'mixed',
      url: 'https://www.leipzig.de/infoabend',
    },
    {
      id: 'webinar',
      publisher: poznan,
      timeZone: WARSAW,
      title: { pl: 'Webinar: praca w Polsce', en: 'Webinar: working in Poland', uk: 'Вебінар: робота в Польщі' },
      start: at(2, 10),
      end: at(2, 11),
      online: { url: 'https://example.org/webinar' },
      categories: ['advice'],
      languages: ['pl', 'uk'],
      isAccessibleForFree: true,
      attendanceMode: 'online',
      url: 'https://www.poznan.pl/webinar',
    },
    {
      id: 'open-day',
      publisher: poznan,
      timeZone: WARSAW,
      title: { pl: 'Dzień otwarty szkoły', en: 'School open day' },
      start: at(5, 9),
      end: at(5, 13),
      location: { name: { pl: 'Szkoła Podstawowa nr 1' }, address: { street: 'ul. Gronowa 20', postalCode: '61-655', city: 'Poznań' } },
      languages: ['pl'],
    },
  ],
  calls: [
    {
      id: 'mentoring',
      publisher: leipzig,
      title: {
        en: 'Mentoring for newly arrived families: partners wanted',
        de: 'Mentoring für neu zugewanderte Familien: Partner gesucht',
      },
      summary: { en: 'An AMIF project with schools and associations.' },
      programme: 'AMIF',
      deadline: at(20, 23),
      contact: { name: 'Migration office', email: 'migration@example.org' },
    },
    {
      id: 'eu-belong',
      publisher: poznan,
      title: { pl: 'EU-BELONG: regiony do wzajemnego uczenia się', en: 'EU-BELONG: regions for peer learning' },
      summary: { en: 'Peer learning on the integration of migrants.' },
      programme: 'AMIF',
      deadline: at(30, 23),
      contact: { email: 'eu-belong@example.org' },
    },
    {
      id: 'youth',
      publisher: poznan,
      title: { pl: 'Młodzież i integracja: szukamy partnerów', en: 'Youth and integration: partners wanted' },
      programme: 'Erasmus+',
      deadline: at(40, 23),
      contact: { email: 'youth@example.org' },
    },
  ],
};

/** The feed's URL (made once per page). */
export const networkFeedUrl = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
