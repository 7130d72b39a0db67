#!/usr/bin/env node
/**
 * Writes the sample feed demo/feed.json: services, events and partner calls for the cities of
 * the Immigrant Friendly Cities app (Aydın, Leipzig, Trikala, Lund, Palermo, Sandefjord), published
 * by the network, and Poznań's (EU-BELONG), published by the City of Poznań: a network's merged feed
 * with two publishers. In en, de, ar, uk, tr and fa. Holidays (Christmas, New Year) close the
 * Leipzig and Poznań services or shorten their hours; a Leipzig office is closed for staff training
 * today and tomorrow, and one service is temporarily closed.
 *
 * Dates are written relative to a day so the demo always has upcoming events and open calls:
 *   node scripts/make-demo-feed.mjs [--today 2027-04-12] [--out demo/feed.json]
 * The output is deterministic for a given day (no randomness, no clock but --today/now).
 * Contacts are fictitious (example.org / example.com, made-up numbers).
 */
import { writeFile } from 'node:fs/promises';

// ── Arguments ──────────────────────────────────────────────────────────────────────────────
function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

// ── Dates ──────────────────────────────────────────────────────────────────────────────────
/** UTC midnight of `YYYY-MM-DD` plus `days`, as `YYYY-MM-DD`. */
function addDays(day, days) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `+02:00` for `zone` at the UTC instant `ms`. */
function offsetAt(ms, zone) {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** Wall time `HH:MM` on `day` in `zone` as ISO 8601 with that zone's offset. */
function wall(day, time, zone) {
  const guess = Date.parse(`${day}T${time}:00Z`);
  let offset = offsetAt(guess, zone);
  const sign = offset[0] === '-' ? -1 : 1;
  const ms = guess - sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  offset = offsetAt(ms, zone);
  return `${day}T${time}:00${offset}`;
}

// ── Cities ─────────────────────────────────────────────────────────────────────────────────
const CITIES = {
  leipzig: {
    name: { en: 'Leipzig', de: 'Leipzig', ar: 'لايبزيغ', uk: 'Лейпциг', tr: 'Leipzig', fa: 'لایپزیگ' },
    local: 'de', country: 'DE', zone: 'Europe/Berlin', phone: '+49 341 555', postalCode: '04109', geo: [51.3397, 12.3731],
    org: { de: 'Stadt Leipzig', en: 'City of Leipzig' },
    streets: ['Friedrich-Ebert-Straße 19a', 'Prager Straße 136', 'Otto-Schill-Straße 2', 'Martin-Luther-Ring 4', 'Georg-Schumann-Straße 71', 'Eisenbahnstraße 49', 'Karl-Liebknecht-Straße 12', 'Rosa-Luxemburg-Straße 20'],
    speaks: ['de', 'en', 'ar', 'fa', 'uk', 'ru'],
  },
  aydin: {
    name: { en: 'Aydın', de: 'Aydın', ar: 'آيدين', uk: 'Айдин', tr: 'Aydın', fa: 'آیدین' },
    local: 'tr', country: 'TR', zone: 'Europe/Istanbul', phone: '+90 256 555', postalCode: '09100', geo: [37.8444, 27.8458],
    org: { tr: 'Aydın Büyükşehir Belediyesi', en: 'Aydın Metropolitan Municipality' },
    streets: ['Adnan Menderes Bulvarı 11', 'Hasan Efendi Mahallesi, Gençlik Caddesi 6', 'Kurtuluş Mahallesi, Ata Caddesi 27', 'Efeler, Zafer Mahallesi 1903 Sokak 4', 'Ramazanpaşa Mahallesi, Denizli Bulvarı 2', 'Cumhuriyet Mahallesi, Cengiz Topel Caddesi 15'],
    speaks: ['tr', 'ar', 'en', 'fa', 'ku'],
  },
  trikala: {
    name: { en: 'Trikala', de: 'Trikala', ar: 'تريكالا', uk: 'Трикала', tr: 'Trikala', fa: 'تریکالا' },
    local: 'el', country: 'GR', zone: 'Europe/Athens', phone: '+30 24310 55', postalCode: '42100', geo: [39.5557, 21.7679],
    org: { el: 'Δήμος Τρικκαίων', en: 'Municipality of Trikala' },
    streets: ['Asklipiou 16', 'Karditsis 42', 'Vyronos 3', 'Sarafi 10', 'Kapodistriou 7'],
    speaks: ['el', 'en', 'ar', 'fa', 'ps'],
  },
  lund: {
    name: { en: 'Lund', de: 'Lund', ar: 'لوند', uk: 'Лунд', tr: 'Lund', fa: 'لوند' },
    local: 'sv', country: 'SE', zone: 'Europe/Stockholm', phone: '+46 46 555', postalCode: '222 23', geo: [55.7047, 13.191],
    org: { sv: 'Lunds kommun', en: 'Municipality of Lund' },
    streets: ['Stortorget 7', 'Kristinebergsvägen 3', 'Bangatan 10', 'Södra Esplanaden 2', 'Fjelievägen 12', 'Klostergatan 13'],
    speaks: ['sv', 'en', 'ar', 'fa', 'ti', 'so', 'uk'],
  },
  palermo: {
    name: { en: 'Palermo', de: 'Palermo', ar: 'باليرمو', uk: 'Палермо', tr: 'Palermo', fa: 'پالرمو' },
    local: 'it', country: 'IT', zone: 'Europe/Rome', phone: '+39 091 555', postalCode: '90134', geo: [38.1157, 13.3615],
    org: { it: 'Comune di Palermo', en: 'City of Palermo' },
    streets: ['Via Maqueda 100', 'Piazza Pretoria 1', 'Via Vittorio Emanuele 220', 'Corso Tukory 48', 'Via Roma 19', 'Via Libertà 51'],
    speaks: ['it', 'en', 'fr', 'ar', 'bn', 'wo'],
  },
  sandefjord: {
    name: { en: 'Sandefjord', de: 'Sandefjord', ar: 'ساندفيورد', uk: 'Саннефіорд', tr: 'Sandefjord', fa: 'ساندفیورد' },
    local: 'nb', country: 'NO', zone: 'Europe/Oslo', phone: '+47 33 55', postalCode: '3210', geo: [59.1312, 10.2166],
    org: { nb: 'Sandefjord kommune', en: 'Sandefjord Municipality' },
    streets: ['Bjerggata 7', 'Thor Dahls gate 6', 'Jernbanealleen 21', 'Kongens gate 28', 'Storgata 2'],
    speaks: ['nb', 'en', 'ar', 'ti', 'so', 'uk', 'pl'],
  },
  poznan: {
    name: { en: 'Poznań', de: 'Posen', ar: 'بوزنان', uk: 'Познань', tr: 'Poznań', fa: 'پوزنان' },
    local: 'pl', country: 'PL', zone: 'Europe/Warsaw', phone: '+48 61 555', postalCode: '61-731', geo: [52.4064, 16.9252],
    org: { pl: 'Regionalny Ośrodek Polityki Społecznej w Poznaniu', en: 'Regional Centre for Social Policy in Poznań' },
    streets: ['ul. Nowowiejskiego 11', 'al. Niepodległości 34', 'ul. Święty Marcin 30', 'ul. Gronowa 20', 'ul. Libelta 16'],
    speaks: ['pl', 'en', 'uk', 'ru'],
  },
};

/** The feed's publisher: the network, for every item without its own. */
const NETWORK = { id: 'ifc', name: { en: 'Immigrant Friendly Cities network (demo)', de: 'Netzwerk Immigrant Friendly Cities (Demo)', tr: 'Göçmen Dostu Şehirler ağı (demo)' }, url: 'https://example.org' };
/** The second publisher: Poznań's items (EU-BELONG) in the network's feed. No Arabic, Ukrainian or Persian name: it falls back. */
const POZNAN = { id: 'poznan', name: { pl: 'Miasto Poznań', en: 'City of Poznań', de: 'Stadt Posen' }, url: 'https://poznan.example.org/' };

// ── Holidays (closures) ────────────────────────────────────────────────────────────────────
/** Christmas and New Year for the year of `today` (past ones are simply not shown). */
function holidays(today, cityId) {
  const y = Number(today.slice(0, 4));
  if (cityId === 'poznan') {
    return [
      { from: `${y}-12-24`, hours: [{ opens: '07:30', closes: '12:00' }], reason: { pl: 'Wigilia', en: 'Christmas Eve', de: 'Heiligabend' } },
      { from: `${y}-12-25`, to: `${y}-12-26`, reason: { pl: 'Boże Narodzenie', en: 'Christmas', de: 'Weihnachten' } },
      { from: `${y + 1}-01-01`, reason: { pl: 'Nowy Rok', en: "New Year's Day", de: 'Neujahr' } },
    ];
  }
  return [
    { from: `${y}-12-24`, to: `${y}-12-26`, reason: { de: 'Weihnachten', en: 'Christmas', ar: 'عيد الميلاد', uk: 'Різдво', tr: 'Noel', fa: 'کریسمس' } },
    { from: `${y}-12-31`, hours: [{ opens: '08:00', closes: '12:00' }], reason: { de: 'Silvester', en: "New Year's Eve", ar: 'ليلة رأس السنة', uk: 'Переддень Нового року', tr: 'Yılbaşı gecesi', fa: 'شب سال نو' } },
    { from: `${y + 1}-01-01`, reason: { de: 'Neujahr', en: "New Year's Day", ar: 'رأس السنة', uk: 'Новий рік', tr: 'Yılbaşı', fa: 'روز سال نو' } },
  ];
}
const STAFF_TRAINING = { de: 'Teamfortbildung', en: 'Staff training', ar: 'تدريب الموظفين', uk: 'Навчання персоналу', tr: 'Personel eğitimi', fa: 'آموزش کارکنان' };

// ── Categories ─────────────────────────────────────────────────────────────────────────────
const CATEGORIES = [
  { id: 'health', icon: 'health', color: '#0b6e4f', name: { en: 'Health', de: 'Gesundheit', ar: 'الصحة', uk: "Здоров'я", tr: 'Sağlık', fa: 'سلامت' } },
  { id: 'education', icon: 'school', color: '#1d4e89', name: { en: 'Education', de: 'Bildung', ar: 'التعليم', uk: 'Освіта', tr: 'Eğitim', fa: 'آموزش' } },
  { id: 'language', icon: 'language', color: '#7b2d8b', name: { en: 'Language courses', de: 'Sprachkurse', ar: 'دورات اللغة', uk: 'Мовні курси', tr: 'Dil kursları', fa: 'دوره‌های زبان' } },
  { id: 'training', icon: 'training', color: '#a0522d', name: { en: 'Training', de: 'Weiterbildung', ar: 'التدريب', uk: 'Навчання', tr: 'Mesleki eğitim', fa: 'آموزش مهارت' } },
  { id: 'law', icon: 'law', color: '#5a5a5a', name: { en: 'Legal advice', de: 'Rechtsberatung', ar: 'الاستشارات القانونية', uk: 'Юридична допомога', tr: 'Hukuki danışmanlık', fa: 'مشاوره حقوقی' } },
  { id: 'housing', icon: 'housing', color: '#b5651d', name: { en: 'Housing', de: 'Wohnen', ar: 'السكن', uk: 'Житло', tr: 'Barınma', fa: 'مسکن' } },
  { id: 'jobs', icon: 'jobs', color: '#00708a', name: { en: 'Jobs', de: 'Arbeit', ar: 'العمل', uk: 'Робота', tr: 'İş', fa: 'کار' } },
  { id: 'residence', icon: 'residence', color: '#8b1e3f', name: { en: 'Residence and citizenship', de: 'Aufenthalt und Einbürgerung', ar: 'الإقامة والجنسية', uk: 'Проживання та громадянство', tr: 'Oturum ve vatandaşlık', fa: 'اقامت و تابعیت' } },
];

// ── Service templates: [en, de, ar, uk, tr, fa] name | description ─────────────────────────
const L6 = ['en', 'de', 'ar', 'uk', 'tr', 'fa'];
const texts = (list) => Object.fromEntries(list.map((t, i) => [L6[i], t]));

const SERVICES = {
  clinic: {
    categories: ['health'],
    name: texts(['Health advice for migrants', 'Gesundheitsberatung für Zugewanderte', 'استشارات صحية للمهاجرين', 'Медична консультація для мігрантів', 'Göçmenler için sağlık danışmanlığı', 'مشاوره سلامت برای مهاجران']),
    description: texts([
      'Free, confidential medical advice and referrals, also for people without health insurance. Interpreters on request.',
      'Kostenlose, vertrauliche medizinische Beratung und Vermittlung, auch ohne Krankenversicherung. Dolmetschende auf Anfrage.',
      'استشارات طبية مجانية وسرية وإحالة إلى الأطباء، حتى لمن ليس لديهم تأمين صحي. مترجمون عند الطلب.',
      'Безкоштовні конфіденційні медичні консультації та направлення, також для людей без медичного страхування. Перекладач — за запитом.',
      'Sağlık sigortası olmayanlar dahil herkese ücretsiz ve gizli tıbbi danışmanlık ve yönlendirme. İstek üzerine tercüman.',
      'مشاوره پزشکی رایگان و محرمانه و ارجاع، حتی برای افراد بدون بیمه درمانی. مترجم در صورت درخواست.',
    ]),
    eligibility: { en: 'Everyone, whatever their residence status.', de: 'Alle, unabhängig vom Aufenthaltsstatus.', ar: 'الجميع، بغض النظر عن وضع الإقامة.', uk: 'Усі, незалежно від статусу перебування.' },
    howToApply: { en: 'Come during opening hours; no appointment needed. Bring any medical papers you have.', de: 'Kommen Sie zu den Öffnungszeiten, ohne Termin. Bringen Sie vorhandene medizinische Unterlagen mit.' },
    keywords: { en: ['doctor', 'clinic', 'insurance', 'vaccination'], de: ['Arzt', 'Ärztin', 'Krankenschein', 'Impfung'], ar: ['طبيب', 'عيادة'], uk: ['лікар', 'клініка'], tr: ['doktor', 'hastane'], fa: ['پزشک', 'دکتر'] },
    hours: [[['mo', 'tu', 'th'], '09:00', '13:00'], [['we'], '14:00', '18:00']],
  },
  counselling: {
    categories: ['health'],
    name: texts(['Psychosocial counselling for refugees', 'Psychosoziale Beratung für Geflüchtete', 'إرشاد نفسي واجتماعي للاجئين', 'Психосоціальна підтримка для біженців', 'Mülteciler için psikososyal danışmanlık', 'مشاوره روانی-اجتماعی برای پناهندگان']),
    description: texts([
      'Talk to a counsellor about stress, loss or trauma, in your language or with an interpreter.',
      'Gespräche mit Fachleuten über Stress, Verlust oder Trauma – in Ihrer Sprache oder mit Dolmetschung.',
      'تحدث مع مرشد مختص عن الضغط النفسي أو الفقد أو الصدمة، بلغتك أو بمساعدة مترجم.',
      'Розмова з консультантом про стрес, втрату чи травму — вашою мовою або з перекладачем.',
      'Stres, kayıp veya travma hakkında bir danışmanla kendi dilinizde ya da tercümanla konuşun.',
      'با یک مشاور درباره استرس، از دست دادن عزیزان یا آسیب روحی صحبت کنید؛ به زبان خودتان یا با مترجم.',
    ]),
    howToApply: { en: 'Call or write to make a first appointment. Talks are confidential.', de: 'Rufen Sie an oder schreiben Sie für ein Erstgespräch. Die Gespräche sind vertraulich.', uk: 'Зателефонуйте або напишіть, щоб домовитися про першу зустріч. Розмови конфіденційні.' },
    keywords: { en: ['trauma', 'therapy', 'stress', 'mental health'], de: ['Trauma', 'Therapie', 'Psychologe'] },
    hours: [[['mo', 'tu', 'we', 'th'], '10:00', '16:00']],
  },
  school: {
    categories: ['education'],
    name: texts(['School enrolment for newly arrived children', 'Schulanmeldung für neu zugewanderte Kinder', 'تسجيل الأطفال القادمين حديثًا في المدارس', 'Зарахування до школи для новоприбулих дітей', 'Yeni gelen çocuklar için okul kaydı', 'ثبت‌نام مدرسه برای کودکان تازه‌وارد']),
    description: texts([
      'Help to find a school place, enrol your child and arrange a welcome class.',
      'Hilfe bei der Suche nach einem Schulplatz, bei der Anmeldung und beim Platz in einer Willkommensklasse.',
      'مساعدة في إيجاد مقعد دراسي وتسجيل طفلك وترتيب صف ترحيبي.',
      'Допомога з пошуком місця в школі, зарахуванням дитини та підготовчим класом.',
      'Okul yeri bulma, çocuğunuzun kaydı ve uyum sınıfı için destek.',
      'کمک برای پیدا کردن جا در مدرسه، ثبت‌نام فرزندتان و کلاس آمادگی.',
    ]),
    eligibility: { en: 'Families with children aged 6 to 18 who arrived in the last two years.', de: 'Familien mit Kindern von 6 bis 18 Jahren, die in den letzten zwei Jahren angekommen sind.', ar: 'العائلات التي لديها أطفال من 6 إلى 18 عامًا وصلت خلال العامين الماضيين.' },
    howToApply: { en: 'Bring your child\'s passport or ID, proof of address and any school reports.', de: 'Bringen Sie Pass oder Ausweis des Kindes, Meldebescheinigung und vorhandene Zeugnisse mit.' },
    keywords: { en: ['school', 'pupil', 'welcome class', 'kindergarten'], de: ['Schule', 'DaZ', 'Vorbereitungsklasse'] },
    hours: [[['mo', 'we'], '08:00', '12:00'], [['th'], '13:00', '17:30']],
  },
  recognition: {
    categories: ['education', 'jobs'],
    name: texts(['Recognition of foreign qualifications', 'Anerkennung ausländischer Abschlüsse', 'معادلة الشهادات الأجنبية', 'Визнання іноземних кваліфікацій', 'Yabancı diplomaların denkliği', 'ارزشیابی مدارک تحصیلی خارجی']),
    description: texts([
      'Find out how to get your school certificates, degrees and professional qualifications recognised.',
      'Erfahren Sie, wie Schulzeugnisse, Studien- und Berufsabschlüsse anerkannt werden.',
      'اعرف كيف يتم الاعتراف بشهاداتك المدرسية والجامعية ومؤهلاتك المهنية.',
      'Дізнайтеся, як визнати шкільні атестати, дипломи та професійні кваліфікації.',
      'Okul belgelerinizin, diplomalarınızın ve mesleki yeterliliklerinizin nasıl tanınacağını öğrenin.',
      'بیاموزید چگونه مدارک مدرسه، دانشگاه و صلاحیت‌های حرفه‌ای خود را به رسمیت بشناسانید.',
    ]),
    cost: { en: 'Advice is free; recognition fees from 100 €', de: 'Beratung kostenlos; Anerkennungsgebühren ab 100 €', uk: 'Консультація безкоштовна; збір за визнання — від 100 €' },
    keywords: { en: ['diploma', 'degree', 'certificate'], de: ['Zeugnis', 'Diplom', 'Gleichwertigkeit'] },
    hours: [[['tu', 'th'], '09:00', '15:00']],
  },
  course: {
    categories: ['language'],
    name: texts(['Integration language course (A1–B1)', 'Integrationskurs Sprache (A1–B1)', 'دورة لغة للاندماج (A1–B1)', 'Інтеграційний мовний курс (A1–B1)', 'Uyum dil kursu (A1–B1)', 'دوره زبان ادغام (A1–B1)']),
    description: texts([
      'Courses in the local language from beginner level, with childcare. Places are free for many newcomers.',
      'Sprachkurse in der Landessprache ab Anfängerniveau, mit Kinderbetreuung. Für viele Neuzugewanderte kostenlos.',
      'دورات في اللغة المحلية من المستوى المبتدئ مع رعاية للأطفال. مجانية لكثير من القادمين الجدد.',
      'Курси місцевої мови з початкового рівня, з доглядом за дітьми. Для багатьох новоприбулих безкоштовно.',
      'Başlangıç seviyesinden yerel dil kursları, çocuk bakımı ile. Birçok yeni gelen için ücretsiz.',
      'دوره‌های زبان محلی از سطح مبتدی، همراه با نگهداری از کودکان. برای بسیاری از تازه‌واردان رایگان.',
    ]),
    eligibility: { en: 'Adults with a residence permit or pending asylum application.', de: 'Erwachsene mit Aufenthaltstitel oder laufendem Asylverfahren.', uk: 'Дорослі з дозволом на проживання або тимчасовим захистом.', ar: 'البالغون الحاصلون على تصريح إقامة أو الذين لديهم طلب لجوء قيد الدراسة.' },
    howToApply: { en: 'Come to a placement test (Monday mornings); we find the right level and a course near you.', de: 'Kommen Sie zum Einstufungstest (montags vormittags); wir finden das passende Niveau und einen Kurs in Ihrer Nähe.' },
    keywords: { en: ['language', 'course', 'grammar', 'A1', 'B1'], de: ['Deutschkurs', 'Sprachkurs', 'Integrationskurs'], uk: ['мова', 'курс'], ar: ['لغة', 'دورة'] },
    hours: [[['mo', 'tu', 'we', 'th', 'fr'], '08:30', '12:30'], [['tu', 'th'], '17:00', '19:30']],
  },
  homework: {
    categories: ['language', 'education'],
    name: texts(['Homework and language support for children', 'Hausaufgaben- und Sprachhilfe für Kinder', 'مساعدة في الواجبات المدرسية واللغة للأطفال', 'Допомога дітям з домашніми завданнями та мовою', 'Çocuklar için ödev ve dil desteği', 'کمک درسی و زبانی برای کودکان']),
    description: texts([
      'Volunteers help pupils with homework and the school language, twice a week after school.',
      'Ehrenamtliche helfen Schulkindern zweimal pro Woche nach der Schule bei Hausaufgaben und Sprache.',
      'يساعد متطوعون التلاميذ في الواجبات ولغة المدرسة مرتين أسبوعيًا بعد الدوام.',
      'Волонтери двічі на тиждень після уроків допомагають школярам із домашніми завданнями та мовою навчання.',
      'Gönüllüler haftada iki kez okuldan sonra öğrencilere ödev ve okul dili konusunda yardım ediyor.',
      'داوطلبان هفته‌ای دو بار بعد از مدرسه به دانش‌آموزان در تکالیف و زبان مدرسه کمک می‌کنند.',
    ]),
    keywords: { en: ['homework', 'tutoring', 'after school'], it: ['doposcuola', 'compiti'] },
    hours: [[['tu', 'th'], '15:00', '17:30']],
  },
  vocational: {
    categories: ['training', 'jobs'],
    name: texts(['Vocational training guidance for young people', 'Berufsausbildungsberatung für junge Menschen', 'إرشاد للتدريب المهني للشباب', 'Консультації з професійного навчання для молоді', 'Gençler için mesleki eğitim danışmanlığı', 'مشاوره آموزش فنی و حرفه‌ای برای جوانان']),
    description: texts([
      'Advice on apprenticeships and vocational schools for people aged 16 to 27, including internships.',
      'Beratung zu Ausbildung und Berufsschulen für 16- bis 27-Jährige, mit Praktikumsvermittlung.',
      'استشارات حول التلمذة المهنية والمدارس المهنية للأعمار من 16 إلى 27 عامًا، مع فرص تدريب عملي.',
      'Поради щодо професійного навчання та училищ для людей віком 16–27 років, зокрема стажування.',
      '16–27 yaş arası gençlere çıraklık, meslek okulları ve staj konusunda danışmanlık.',
      'مشاوره درباره کارآموزی و هنرستان‌ها برای افراد ۱۶ تا ۲۷ ساله، همراه با کارورزی.',
    ]),
    eligibility: { en: 'Young people aged 16 to 27.', de: 'Junge Menschen von 16 bis 27 Jahren.', ar: 'الشباب من 16 إلى 27 عامًا.', uk: 'Молодь віком від 16 до 27 років.', tr: '16–27 yaş arası gençler.', fa: 'جوانان ۱۶ تا ۲۷ ساله.' },
    keywords: { en: ['apprenticeship', 'internship', 'vocational school'], de: ['Ausbildung', 'Praktikum', 'Lehre'] },
    hours: [[['mo', 'we', 'fr'], '09:00', '16:00']],
  },
  digital: {
    categories: ['training'],
    name: texts(['Digital skills course', 'Kurs digitale Grundkenntnisse', 'دورة المهارات الرقمية', 'Курс цифрових навичок', 'Dijital beceriler kursu', 'دوره مهارت‌های دیجیتال']),
    description: texts([
      'Learn to use e-mail, online forms and public service apps on your phone or a computer.',
      'Lernen Sie, E-Mail, Online-Formulare und Behörden-Apps auf dem Handy oder Computer zu nutzen.',
      'تعلّم استخدام البريد الإلكتروني والاستمارات الإلكترونية وتطبيقات الخدمات العامة على هاتفك أو الحاسوب.',
      'Навчіться користуватися електронною поштою, онлайн-формами та застосунками державних послуг на телефоні чи комп\'ютері.',
      'E-posta, çevrim içi formlar ve kamu hizmeti uygulamalarını telefonunuzda veya bilgisayarda kullanmayı öğrenin.',
      'استفاده از ایمیل، فرم‌های آنلاین و اپلیکیشن‌های خدمات عمومی را روی گوشی یا رایانه یاد بگیرید.',
    ]),
    keywords: { en: ['computer', 'internet', 'smartphone', 'app'] },
    hours: [[['sa'], '10:00', '13:00'], [['we'], '17:00', '19:00']],
  },
  legal: {
    categories: ['law', 'residence'],
    name: texts(['Free legal advice on asylum and residence', 'Kostenlose Rechtsberatung zu Asyl und Aufenthalt', 'استشارة قانونية مجانية حول اللجوء والإقامة', 'Безкоштовна юридична консультація щодо притулку та проживання', 'İltica ve oturum konusunda ücretsiz hukuki danışmanlık', 'مشاوره حقوقی رایگان درباره پناهندگی و اقامت']),
    description: texts([
      'Lawyers explain your asylum procedure, appeals and family reunification. Bring all letters you received.',
      'Anwältinnen und Anwälte erklären Asylverfahren, Klagen und Familiennachzug. Bringen Sie alle erhaltenen Briefe mit.',
      'يشرح محامون إجراءات اللجوء والطعون ولمّ الشمل. أحضر جميع الرسائل التي وصلتك.',
      'Юристи пояснять процедуру надання притулку, оскарження та возз\'єднання сім\'ї. Візьміть усі отримані листи.',
      'Avukatlar iltica sürecini, itirazları ve aile birleşimini açıklar. Aldığınız tüm mektupları getirin.',
      'وکلا روند پناهندگی، اعتراض و پیوستن خانواده را توضیح می‌دهند. همه نامه‌هایی را که دریافت کرده‌اید همراه بیاورید.',
    ]),
    howToApply: { en: 'Walk in on Tuesdays, or book an appointment by phone. Deadlines for appeals are short: come early.', de: 'Offene Sprechstunde dienstags oder Termin per Telefon. Klagefristen sind kurz: Kommen Sie früh.', ar: 'تعال يوم الثلاثاء دون موعد أو احجز موعدًا بالهاتف. مهل الطعن قصيرة: تعال مبكرًا.' },
    keywords: { en: ['lawyer', 'asylum', 'appeal', 'family reunification', 'deportation'], de: ['Anwalt', 'Asyl', 'Klage', 'Familiennachzug'], ar: ['محامي', 'لجوء', 'لم الشمل'], fa: ['وکیل', 'پناهندگی'] },
    hours: [[['tu'], '10:00', '18:00'], [['fr'], '09:00', '12:00']],
  },
  discrimination: {
    categories: ['law'],
    name: texts(['Anti-discrimination advice', 'Antidiskriminierungsberatung', 'استشارات ضد التمييز', 'Консультації з питань дискримінації', 'Ayrımcılığa karşı danışmanlık', 'مشاوره مقابله با تبعیض']),
    description: texts([
      'If you were treated unfairly because of your origin, religion or language — at work, when renting or by an office — we help you act.',
      'Wenn Sie wegen Herkunft, Religion oder Sprache benachteiligt wurden – bei der Arbeit, bei der Wohnungssuche oder von einer Behörde –, helfen wir Ihnen.',
      'إذا عوملت بشكل غير عادل بسبب أصلك أو دينك أو لغتك في العمل أو عند الإيجار أو من جهة رسمية، نساعدك على التصرف.',
      'Якщо з вами повелися несправедливо через походження, релігію чи мову — на роботі, під час оренди житла чи в установі, — ми допоможемо.',
      'Kökeniniz, dininiz veya diliniz nedeniyle işte, ev kiralarken ya da bir kurumda haksızlığa uğradıysanız size yardım ederiz.',
      'اگر به خاطر ملیت، دین یا زبانتان در محل کار، هنگام اجاره خانه یا در یک اداره با شما ناعادلانه رفتار شده، به شما کمک می‌کنیم.',
    ]),
    keywords: { en: ['racism', 'complaint', 'unfair treatment'], sv: ['diskriminering'] },
    hours: [[['mo', 'th'], '13:00', '16:00']],
  },
  housing: {
    categories: ['housing'],
    name: texts(['Housing advice', 'Wohnberatung', 'استشارات السكن', 'Консультації з питань житла', 'Konut danışmanlığı', 'مشاوره مسکن']),
    description: texts([
      'Help with finding a flat, tenancy contracts, deposits and housing benefit.',
      'Hilfe bei Wohnungssuche, Mietvertrag, Kaution und Wohngeld.',
      'مساعدة في البحث عن شقة وعقود الإيجار والتأمين وبدل السكن.',
      'Допомога з пошуком квартири, договором оренди, заставою та житловою субсидією.',
      'Ev bulma, kira sözleşmesi, depozito ve konut yardımı konusunda destek.',
      'کمک در پیدا کردن خانه، قرارداد اجاره، ودیعه و کمک‌هزینه مسکن.',
    ]),
    keywords: { en: ['flat', 'apartment', 'rent', 'landlord', 'deposit'], de: ['Wohnung', 'Miete', 'Vermieter', 'Kaution', 'Wohngeld'], uk: ['квартира', 'оренда'], ar: ['شقة', 'إيجار'] },
    hours: [[['mo', 'tu', 'we', 'th'], '09:00', '15:00']],
  },
  jobs: {
    categories: ['jobs'],
    name: texts(['Welcome desk for job seekers', 'Willkommensschalter für Arbeitsuchende', 'مكتب استقبال الباحثين عن عمل', 'Приймальня для шукачів роботи', 'İş arayanlar için karşılama masası', 'میز پذیرش جویندگان کار']),
    description: texts([
      'Register as a job seeker, get your CV checked and find work that fits your skills.',
      'Arbeitsuchend melden, Lebenslauf prüfen lassen und Arbeit finden, die zu Ihren Fähigkeiten passt.',
      'سجّل كباحث عن عمل، واحصل على مراجعة لسيرتك الذاتية، وابحث عن عمل يناسب مهاراتك.',
      'Зареєструйтеся як шукач роботи, перевірте своє резюме та знайдіть роботу за вашими навичками.',
      'İş arayan olarak kaydolun, özgeçmişinizi kontrol ettirin ve becerilerinize uygun iş bulun.',
      'به‌عنوان جوینده کار ثبت‌نام کنید، رزومه خود را بررسی کنید و کاری متناسب با مهارت‌هایتان پیدا کنید.',
    ]),
    eligibility: { en: 'Anyone allowed to work, including people under temporary protection.', de: 'Alle mit Arbeitserlaubnis, auch Menschen mit vorübergehendem Schutz.', uk: 'Усі, хто має право працювати, зокрема особи з тимчасовим захистом.' },
    keywords: { en: ['work', 'job', 'CV', 'employment'], de: ['Arbeit', 'Job', 'Lebenslauf', 'Jobcenter'], uk: ['робота', 'резюме'], tr: ['iş', 'özgeçmiş'] },
    hours: [[['mo', 'tu', 'we', 'th', 'fr'], '08:00', '14:00']],
  },
  permits: {
    categories: ['residence'],
    name: texts(['Immigration office: residence permits', 'Ausländerbehörde: Aufenthaltstitel', 'مكتب الأجانب: تصاريح الإقامة', 'Міграційна служба: дозволи на проживання', 'Yabancılar dairesi: oturum izinleri', 'اداره اتباع خارجی: اجازه اقامت']),
    description: texts([
      'Apply for or extend a residence permit, and change your address. Appointments only.',
      'Aufenthaltstitel beantragen oder verlängern und Adresse ändern. Nur mit Termin.',
      'قدّم طلبًا للحصول على تصريح إقامة أو تمديده، وغيّر عنوانك. بموعد مسبق فقط.',
      'Подання заяви на дозвіл на проживання або його продовження, зміна адреси. Лише за записом.',
      'Oturum izni başvurusu veya uzatması ve adres değişikliği. Yalnızca randevu ile.',
      'درخواست یا تمدید اجازه اقامت و تغییر نشانی. فقط با وقت قبلی.',
    ]),
    cost: { en: 'Fees depend on the permit (usually 50–100 €)', de: 'Gebühren je nach Titel (meist 50–100 €)' },
    howToApply: { en: 'Book an appointment online at least 8 weeks before your permit expires. Bring passport, photo and proof of income.', de: 'Termin online mindestens 8 Wochen vor Ablauf buchen. Pass, Foto und Einkommensnachweis mitbringen.', uk: 'Запишіться онлайн щонайменше за 8 тижнів до закінчення дозволу. Візьміть паспорт, фото та підтвердження доходу.', ar: 'احجز موعدًا عبر الإنترنت قبل انتهاء تصريحك بثمانية أسابيع على الأقل. أحضر جواز السفر وصورة وإثبات الدخل.' },
    keywords: { en: ['visa', 'permit', 'residence card', 'extension'], de: ['Aufenthaltserlaubnis', 'Visum', 'Verlängerung', 'Fiktionsbescheinigung'], ar: ['إقامة', 'تأشيرة'], uk: ['посвідка', 'віза'] },
    hours: [[['mo', 'tu', 'th'], '08:00', '12:00'], [['th'], '13:00', '18:00']],
  },
  citizenship: {
    categories: ['residence'],
    name: texts(['Citizenship advice', 'Einbürgerungsberatung', 'استشارات التجنيس', 'Консультації щодо громадянства', 'Vatandaşlık danışmanlığı', 'مشاوره تابعیت']),
    description: texts([
      'Check whether you can become a citizen and which documents and language certificates you need.',
      'Prüfen Sie, ob Sie sich einbürgern lassen können und welche Unterlagen und Sprachnachweise Sie brauchen.',
      'تحقق مما إذا كان بإمكانك الحصول على الجنسية وما المستندات وشهادات اللغة التي تحتاجها.',
      'Дізнайтеся, чи можете ви отримати громадянство і які документи та мовні сертифікати потрібні.',
      'Vatandaşlığa başvurup başvuramayacağınızı ve hangi belgelere ve dil sertifikalarına ihtiyacınız olduğunu öğrenin.',
      'بررسی کنید که آیا می‌توانید شهروند شوید و به چه مدارک و گواهی‌های زبانی نیاز دارید.',
    ]),
    cost: { en: 'Advice is free; the application itself has a fee', de: 'Beratung kostenlos; der Antrag ist gebührenpflichtig' },
    keywords: { en: ['naturalisation', 'passport', 'citizenship test'], de: ['Einbürgerung', 'Staatsangehörigkeit'] },
    hours: [[['we'], '09:00', '12:00']],
  },
  contact: {
    categories: ['residence', 'law'],
    name: texts(['Regional contact point for migrants', 'Regionale Anlaufstelle für Migrantinnen und Migranten', 'نقطة اتصال إقليمية للمهاجرين', 'Регіональний контактний пункт для мігрантів', 'Göçmenler için bölgesel irtibat noktası', 'دفتر ارتباط منطقه‌ای برای مهاجران']),
    description: texts([
      'Information on rights, social support and local services for migrants in the region (EU-BELONG project).',
      'Informationen zu Rechten, sozialer Unterstützung und Angeboten für Zugewanderte in der Region (Projekt EU-BELONG).',
      'معلومات عن الحقوق والدعم الاجتماعي والخدمات المحلية للمهاجرين في المنطقة (مشروع EU-BELONG).',
      'Інформація про права, соціальну підтримку та місцеві послуги для мігрантів у регіоні (проєкт EU-BELONG).',
      'Bölgedeki göçmenler için haklar, sosyal destek ve yerel hizmetler hakkında bilgi (EU-BELONG projesi).',
      'اطلاعات درباره حقوق، حمایت اجتماعی و خدمات محلی برای مهاجران در منطقه (پروژه EU-BELONG).',
    ]),
    keywords: { en: ['information', 'social support', 'rights'], pl: ['cudzoziemcy', 'integracja'], uk: ['інформація', 'підтримка'] },
    hours: [[['mo', 'tu', 'we', 'th', 'fr'], '07:30', '15:30']],
  },
};

/** Which services each city has, and per service any local organisation name. */
const CITY_SERVICES = {
  leipzig: { clinic: null, counselling: null, school: { de: 'Landesamt für Schule und Bildung, Standort Leipzig' }, recognition: { de: 'IQ Netzwerk Sachsen' }, course: null, legal: null, housing: null, permits: { de: 'Ausländerbehörde Leipzig', en: 'Leipzig Immigration Office' } },
  aydin: { clinic: { tr: 'Göçmen Sağlığı Merkezi' }, school: { tr: 'İl Milli Eğitim Müdürlüğü' }, course: { tr: 'Halk Eğitim Merkezi' }, jobs: { tr: 'İŞKUR Aydın' }, legal: { tr: 'Aydın Barosu Adli Yardım' }, permits: { tr: 'Aydın İl Göç İdaresi Müdürlüğü', en: 'Aydın Provincial Directorate of Migration Management' } },
  trikala: { clinic: null, school: null, course: null, housing: null, legal: null },
  lund: { school: null, course: { sv: 'SFI Lund – svenska för invandrare' }, vocational: null, jobs: { sv: 'Arbetsförmedlingen Lund' }, discrimination: { sv: 'Antidiskrimineringsbyrån Skåne' }, citizenship: null },
  palermo: { clinic: null, counselling: null, homework: null, vocational: null, legal: null, permits: { it: 'Questura di Palermo – Ufficio Immigrazione', en: 'Palermo Police Headquarters – Immigration Office' } },
  sandefjord: { course: { nb: 'Sandefjord voksenopplæring' }, digital: { nb: 'Sandefjord bibliotek' }, jobs: { nb: 'NAV Sandefjord' }, housing: null, recognition: null },
  poznan: { contact: null, course: null, digital: null, jobs: { pl: 'Powiatowy Urząd Pracy w Poznaniu' }, citizenship: { pl: 'Wielkopolski Urząd Wojewódzki w Poznaniu' } },
};

const LANGS_BY_SERVICE = { clinic: 3, counselling: 3, legal: 4, course: 5, school: 3, jobs: 3, permits: 2 };
const FREE = new Set(['clinic', 'counselling', 'school', 'course', 'homework', 'vocational', 'digital', 'legal', 'discrimination', 'housing', 'jobs', 'contact']);

function withCity(text, city) {
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} – ${city.name[lang] ?? city.name.en}`]));
}

function makeServices(today) {
  const out = [];
  let n = 0;
  for (const [cityId, services] of Object.entries(CITY_SERVICES)) {
    const city = CITIES[cityId];
    Object.entries(services).forEach(([key, org], i) => {
      const t = SERVICES[key];
      n++;
      const [lat, lon] = city.geo;
      const street = city.streets[i % city.streets.length];
      const speaks = city.speaks.slice(0, Math.min(city.speaks.length, LANGS_BY_SERVICE[key] ?? 2 + (n % 3)));
      const service = {
        id: `${cityId}-${key}`,
        name: withCity(t.name, city),
        description: t.description,
        categories: t.categories,
        organization: { name: org ?? city.org, url: `https://${cityId}.example.org/` },
        languages: speaks,
        cost: t.cost ?? (FREE.has(key) ? 'free' : undefined),
        ...(t.eligibility && { eligibility: t.eligibility }),
        ...(t.howToApply && { howToApply: t.howToApply }),
        timeZone: city.zone,
        locations: [
          {
            address: { street, postalCode: city.postalCode, city: city.name[city.local] ?? city.name.en, country: city.country },
            geo: { lat: round(lat + ((n % 7) - 3) * 0.0041), lon: round(lon + ((n % 5) - 2) * 0.0057) },
            ...(n % 3 === 0 && { accessibility: { en: 'Step-free entrance; lift to all floors; accessible toilet.', de: 'Stufenloser Eingang, Aufzug zu allen Etagen, barrierefreies WC.', uk: 'Вхід без сходинок, ліфт на всі поверхи, доступний туалет.' } }),
          },
        ],
        contacts: {
          phone: `${city.phone} ${String(100 + n * 7).padStart(3, '0')} ${String(10 + (n % 90)).padStart(2, '0')}`,
          email: `${key}.${cityId}@example.org`,
          url: `https://${cityId}.example.org/${key}`,
        },
        hours: cityId === 'poznan' && key === 'contact' ? [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '15:30' }] : t.hours.map(([days, opens, closes]) => ({ days, opens, closes })),
        keywords: t.keywords,
        updated: addDays(today, -((n * 11) % 60) - 1),
      };
      if (service.cost === undefined) delete service.cost;
      if (cityId === 'leipzig' || cityId === 'poznan') service.closures = holidays(today, cityId);
      // Closed today and tomorrow: "open now" and the details show a closure at any time of year.
      if (service.id === 'leipzig-counselling') service.closures.unshift({ from: today, to: addDays(today, 1), reason: STAFF_TRAINING });
      if (service.id === 'leipzig-housing') {
        service.status = 'temporarily closed';
        service.description = { en: 'Temporarily closed while the office moves. Call for urgent help with housing.', de: 'Wegen Umzugs vorübergehend geschlossen. In dringenden Fällen rufen Sie bitte an.' };
      }
      if (cityId === 'poznan') service.publisher = POZNAN;
      out.push(service);
    });
  }
  return out;
}

function round(x) {
  return Math.round(x * 10_000) / 10_000;
}

// ── Events ─────────────────────────────────────────────────────────────────────────────────
const BRUSSELS = { zone: 'Europe/Brussels', location: { name: { en: 'European Committee of the Regions', fr: 'Comité européen des régions' }, address: { street: 'Rue Belliard 99–101', postalCode: '1040', city: 'Bruxelles', country: 'BE' }, geo: { lat: 50.8386, lon: 4.3761 }, accessibility: { en: 'Step-free access; induction loop in the main room.' } } };
const URBAN_ACADEMY = { name: { en: 'Urban Agenda Partnership on Inclusion of Migrants and Refugees' }, url: 'https://example.org/urban-academy' };
const EUROCITIES = { name: { en: 'EUROCITIES – Solidarity Cities' }, url: 'https://example.com/solidarity-cities' };

function makeEvents(today) {
  const day = (n) => addDays(today, n);
  const place = (cityId, i, name) => {
    const city = CITIES[cityId];
    return { name, address: { street: city.streets[i], postalCode: city.postalCode, city: city.name[city.local] ?? city.name.en, country: city.country }, geo: { lat: city.geo[0], lon: city.geo[1] } };
  };
  const languageCafe = (cityId, n, i, time, end, extra = {}) => ({
    id: `${cityId}-language-cafe-${day(n)}`,
    title: withCity(texts(['Language café', 'Sprachcafé', 'مقهى اللغة', 'Мовне кафе', 'Dil kafesi', 'کافه زبان']), CITIES[cityId]),
    description: texts([
      'Practise the local language over tea and coffee with volunteers. All levels, no registration.',
      'Die Landessprache bei Tee und Kaffee mit Ehrenamtlichen üben. Alle Niveaus, ohne Anmeldung.',
      'تدرّب على اللغة المحلية مع متطوعين أثناء شرب الشاي والقهوة. لجميع المستويات ودون تسجيل.',
      'Практикуйте місцеву мову за чаєм і кавою з волонтерами. Будь-який рівень, без реєстрації.',
      'Gönüllülerle çay ve kahve eşliğinde yerel dili pratik edin. Her seviye, kayıt gerekmez.',
      'زبان محلی را با داوطلبان و همراه با چای و قهوه تمرین کنید. همه سطوح، بدون ثبت‌نام.',
    ]),
    start: wall(day(n), time, CITIES[cityId].zone),
    end: wall(day(n), end, CITIES[cityId].zone),
    timeZone: CITIES[cityId].zone,
    location: place(cityId, i, { en: 'City library, ground floor', de: 'Stadtbibliothek, Erdgeschoss' }),
    categories: ['language'],
    languages: [CITIES[cityId].local, 'en'],
    cost: 'free',
    isAccessibleForFree: true,
    attendanceMode: 'offline',
    url: `https://${cityId}.example.org/language-cafe`,
    ...(cityId === 'poznan' && { publisher: POZNAN }),
    ...extra,
  });
  const infoTitle = texts(['Information session: residence permits and family reunification', 'Infoveranstaltung: Aufenthaltstitel und Familiennachzug', 'جلسة معلومات: تصاريح الإقامة ولمّ الشمل', 'Інформаційна зустріч: дозволи на проживання та возз\'єднання сім\'ї', 'Bilgilendirme toplantısı: oturum izinleri ve aile birleşimi', 'جلسه اطلاع‌رسانی: اجازه اقامت و پیوستن خانواده']);
  const infoDescription = texts([
    'What permit do I need, how do I extend it, and how can my family join me? Questions welcome; interpreters present.',
    'Welchen Titel brauche ich, wie verlängere ich ihn, und wie kann meine Familie nachkommen? Fragen willkommen; Dolmetschende vor Ort.',
    'ما التصريح الذي أحتاجه، وكيف أمدّده، وكيف يمكن لعائلتي اللحاق بي؟ الأسئلة مرحّب بها ويوجد مترجمون.',
    'Який дозвіл мені потрібен, як його продовжити і як до мене може приєднатися родина? Запитання вітаються; будуть перекладачі.',
    'Hangi izne ihtiyacım var, nasıl uzatırım ve ailem yanıma nasıl gelebilir? Sorularınızı bekliyoruz; tercümanlar hazır bulunacak.',
    'به چه اجازه‌ای نیاز دارم، چگونه آن را تمدید کنم و خانواده‌ام چگونه می‌توانند به من بپیوندند؟ پرسش‌ها پذیرفته می‌شود؛ مترجم حضور دارد.',
  ]);
  const academy = (n, module, title, start, end, extra) => ({
    id: `urban-academy-${module}`,
    title,
    start: wall(day(n), start, BRUSSELS.zone),
    end: wall(day(n), end, BRUSSELS.zone),
    timeZone: BRUSSELS.zone,
    categories: ['education'],
    languages: ['en'],
    organizer: URBAN_ACADEMY,
    isAccessibleForFree: true,
    cost: 'free',
    registration: { url: 'https://example.org/urban-academy/register', deadline: wall(day(10), '23:59', BRUSSELS.zone) },
    url: `https://example.org/urban-academy/${module}`,
    attendanceMode: extra.online ? 'online' : 'offline',
    ...extra,
  });

  return [
    languageCafe('leipzig', -5, 1, '17:00', '19:00'),
    languageCafe('sandefjord', 1, 0, '18:00', '20:00', { location: place('sandefjord', 0, { nb: 'Sandefjord bibliotek, språkkafé', en: 'Sandefjord library, language café' }) }),
    languageCafe('leipzig', 2, 1, '17:00', '19:00'),
    {
      id: 'aydin-women-conversation',
      title: texts(['Turkish conversation group for women', 'Türkisch-Gesprächsgruppe für Frauen', 'مجموعة محادثة باللغة التركية للنساء', 'Розмовна група турецької мови для жінок', 'Kadınlar için Türkçe sohbet grubu', 'گروه گفت‌وگوی ترکی برای زنان']),
      description: { en: 'Relaxed conversation practice with childcare in the next room.', tr: 'Yan odada çocuk bakımıyla rahat bir sohbet pratiği.', ar: 'تدريب على المحادثة في جو مريح مع رعاية للأطفال في الغرفة المجاورة.' },
      start: wall(day(3), '10:00', CITIES.aydin.zone),
      end: wall(day(3), '12:00', CITIES.aydin.zone),
      timeZone: CITIES.aydin.zone,
      location: place('aydin', 2, { tr: 'Halk Eğitim Merkezi', en: 'Public Education Centre' }),
      categories: ['language'],
      languages: ['tr', 'ar'],
      isAccessibleForFree: true,
    },
    languageCafe('palermo', 4, 2, '18:00', '20:00', { languages: ['it', 'en', 'fr'] }),
    languageCafe('poznan', 5, 2, '17:00', '19:00', { languages: ['pl', 'uk', 'en'], location: place('poznan', 2, { pl: 'Biblioteka Raczyńskich', en: 'Raczyński Library' }) }),
    {
      id: 'trikala-open-day',
      title: texts(['Open day at the welcome centre', 'Tag der offenen Tür im Willkommenszentrum', 'يوم مفتوح في مركز الترحيب', 'День відкритих дверей у центрі підтримки', 'Karşılama merkezinde açık gün', 'روز درهای باز در مرکز پذیرش']),
      description: { en: 'Meet the teams for health, school and housing; children\'s corner and refreshments.', el: 'Γνωρίστε τις ομάδες υγείας, σχολείου και στέγασης.' },
      start: day(5),
      timeZone: CITIES.trikala.zone,
      location: place('trikala', 0, { en: 'Municipal welcome centre', el: 'Δημοτικό Κέντρο Υποδοχής' }),
      categories: ['health', 'education', 'housing'],
      languages: ['el', 'en', 'ar', 'fa'],
      isAccessibleForFree: true,
    },
    {
      id: 'palermo-residence-info',
      title: infoTitle,
      description: infoDescription,
      start: wall(day(6), '10:00', CITIES.palermo.zone),
      end: wall(day(6), '12:00', CITIES.palermo.zone),
      timeZone: CITIES.palermo.zone,
      location: place('palermo', 1, { it: 'Sala delle Lapidi, Palazzo delle Aquile', en: 'Sala delle Lapidi, town hall' }),
      categories: ['residence', 'law'],
      languages: ['it', 'en', 'fr', 'ar'],
      isAccessibleForFree: true,
      registration: { url: 'https://palermo.example.org/events/permits', deadline: wall(day(5), '18:00', CITIES.palermo.zone) },
    },
    {
      id: 'poznan-residence-info',
      title: infoTitle,
      description: infoDescription,
      status: 'cancelled',
      start: wall(day(8), '16:00', CITIES.poznan.zone),
      end: wall(day(8), '18:00', CITIES.poznan.zone),
      timeZone: CITIES.poznan.zone,
      location: place('poznan', 0, { pl: 'Regionalny Ośrodek Polityki Społecznej, sala 1', en: 'Regional Centre for Social Policy, room 1' }),
      online: { url: 'https://poznan.example.org/info/live' },
      attendanceMode: 'mixed',
      categories: ['residence'],
      languages: ['pl', 'uk', 'en'],
      isAccessibleForFree: true,
      publisher: POZNAN,
    },
    languageCafe('leipzig', 9, 1, '17:00', '19:00'),
    {
      id: 'lund-citizenship-test',
      title: texts(['Citizenship: how to prepare for the application', 'Einbürgerung: So bereiten Sie den Antrag vor', 'الجنسية: كيف تستعد لتقديم الطلب', 'Громадянство: як підготуватися до заяви', 'Vatandaşlık: başvuruya nasıl hazırlanılır', 'تابعیت: چگونه برای درخواست آماده شویم']),
      description: { en: 'Moved to a larger room because of demand. Documents, waiting times and the language requirement explained.', sv: 'Flyttad till en större lokal. Handlingar, handläggningstider och språkkrav.' },
      status: 'rescheduled',
      start: wall(day(12), '17:30', CITIES.lund.zone),
      end: wall(day(12), '19:00', CITIES.lund.zone),
      timeZone: CITIES.lund.zone,
      location: place('lund', 0, { sv: 'Stadshallen, sal B', en: 'City hall, room B' }),
      categories: ['residence'],
      languages: ['sv', 'en', 'ar'],
      isAccessibleForFree: true,
    },
    languageCafe('leipzig', 16, 1, '17:00', '19:00'),
    academy(18, 'module-1', texts(['Urban Academy on Integration – Module 1: the role of education', 'Urban Academy zur Integration – Modul 1: die Rolle der Bildung', 'الأكاديمية الحضرية للاندماج – الوحدة 1: دور التعليم', 'Міська академія з інтеграції — модуль 1: роль освіти', 'Uyum Kentsel Akademisi – Modül 1: eğitimin rolü', 'آکادمی شهری ادغام – بخش ۱: نقش آموزش']), '09:00', '17:30', {
      description: { en: 'Schools as integration hubs: knowledge exchange between specialised and mainstream teachers, refugees in the teaching profession, combating segregation.', de: 'Schulen als Orte der Integration: Austausch zwischen spezialisierten und Regellehrkräften, Geflüchtete im Lehrberuf, gegen Segregation.' },
      location: BRUSSELS.location,
      accessibility: { en: 'Step-free access; induction loop; international sign interpretation on request by the registration deadline.' },
    }),
    academy(19, 'module-2', texts(['Urban Academy on Integration – Module 2: working with civil society', 'Urban Academy zur Integration – Modul 2: Zusammenarbeit mit der Zivilgesellschaft', 'الأكاديمية الحضرية للاندماج – الوحدة 2: العمل مع المجتمع المدني', 'Міська академія з інтеграції — модуль 2: співпраця з громадянським суспільством', 'Uyum Kentsel Akademisi – Modül 2: sivil toplumla çalışmak', 'آکادمی شهری ادغام – بخش ۲: همکاری با جامعه مدنی']), '09:00', '16:00', {
      description: { en: 'Migrant participation in voluntary organisations and local democracy; the role of migrant organisations in settlement.', de: 'Teilhabe von Zugewanderten in Vereinen und lokaler Demokratie; die Rolle von Migrantenorganisationen.' },
      location: BRUSSELS.location,
    }),
    {
      id: 'ifc-mooc-webinar',
      title: texts(['Online: digital learning for adult educators working with migrants', 'Online: Digitales Lernen für Erwachsenenbildner in der Arbeit mit Zugewanderten', 'عبر الإنترنت: التعلّم الرقمي لمدربي الكبار العاملين مع المهاجرين', 'Онлайн: цифрове навчання для освітян дорослих, які працюють з мігрантами', 'Çevrim içi: göçmenlerle çalışan yetişkin eğitimcileri için dijital öğrenme', 'آنلاین: یادگیری دیجیتال برای مربیان بزرگسالان که با مهاجران کار می‌کنند']),
      description: { en: 'Introduction to the Immigrant Friendly Cities MOOC: 8 free modules in 7 languages with certification.', tr: 'Göçmen Dostu Şehirler MOOC tanıtımı: 7 dilde 8 ücretsiz modül ve sertifika.' },
      start: wall(day(25), '14:00', CITIES.aydin.zone),
      end: wall(day(25), '15:30', CITIES.aydin.zone),
      timeZone: CITIES.aydin.zone,
      online: { url: 'https://example.org/ifc/webinar' },
      attendanceMode: 'online',
      url: 'https://example.org/ifc/mooc',
      categories: ['training'],
      languages: ['en', 'tr'],
      isAccessibleForFree: true,
      registration: { url: 'https://example.org/ifc/webinar/register' },
    },
    academy(33, 'module-3-online', texts(['Urban Academy on Integration – online module: rapid language learning', 'Urban Academy zur Integration – Online-Modul: schneller Spracherwerb', 'الأكاديمية الحضرية للاندماج – وحدة عبر الإنترنت: تعلّم اللغة السريع', 'Міська академія з інтеграції — онлайн-модуль: швидке вивчення мови', 'Uyum Kentsel Akademisi – çevrim içi modül: hızlı dil öğrenimi', 'آکادمی شهری ادغام – بخش آنلاین: یادگیری سریع زبان']), '10:00', '12:30', {
      online: { url: 'https://example.org/urban-academy/live' },
      registration: { url: 'https://example.org/urban-academy/register', deadline: wall(day(31), '12:00', BRUSSELS.zone) },
    }),
    {
      id: 'mentoring-visit-leipzig',
      title: texts(['Mentoring visit: education for asylum seekers and refugees (Leipzig)', 'Mentoring-Besuch: Bildung für Asylsuchende und Geflüchtete (Leipzig)', 'زيارة إرشادية: تعليم طالبي اللجوء واللاجئين (لايبزيغ)', 'Менторський візит: освіта для шукачів притулку та біженців (Лейпциг)', 'Mentorluk ziyareti: sığınmacılar ve mülteciler için eğitim (Leipzig)', 'بازدید راهنمایی: آموزش برای پناهجویان و پناهندگان (لایپزیگ)']),
      description: { en: 'Peers from EUROCITIES member cities review Leipzig\'s education strategy for newly arrived pupils (ImpleMentoring methodology).', de: 'Fachleute aus EUROCITIES-Städten beraten Leipzig zur Bildungsstrategie für neu zugewanderte Schülerinnen und Schüler.' },
      start: wall(day(45), '09:00', CITIES.leipzig.zone),
      end: wall(day(46), '15:00', CITIES.leipzig.zone),
      timeZone: CITIES.leipzig.zone,
      location: place('leipzig', 3, { de: 'Neues Rathaus, Festsaal', en: 'New Town Hall, main hall' }),
      categories: ['education'],
      languages: ['en', 'de'],
      organizer: EUROCITIES,
      registration: { url: 'https://example.com/solidarity-cities/mentoring' },
    },
    {
      id: 'mentoring-visit-lund',
      title: texts(['Mentoring visit: education for asylum seekers and refugees (Lund)', 'Mentoring-Besuch: Bildung für Asylsuchende und Geflüchtete (Lund)', 'زيارة إرشادية: تعليم طالبي اللجوء واللاجئين (لوند)', 'Менторський візит: освіта для шукачів притулку та біженців (Лунд)', 'Mentorluk ziyareti: sığınmacılar ve mülteciler için eğitim (Lund)', 'بازدید راهنمایی: آموزش برای پناهجویان و پناهندگان (لوند)']),
      description: { en: 'Postponed: the new dates will be announced here.', sv: 'Uppskjutet: nya datum meddelas här.' },
      status: 'postponed',
      start: wall(day(60), '09:00', CITIES.lund.zone),
      end: wall(day(61), '15:00', CITIES.lund.zone),
      timeZone: CITIES.lund.zone,
      location: place('lund', 1, { sv: 'Kristinebergsskolan', en: 'Kristineberg school' }),
      categories: ['education'],
      languages: ['en', 'sv'],
      organizer: EUROCITIES,
    },
  ];
}

// ── Calls ──────────────────────────────────────────────────────────────────────────────────
function makeCalls(today) {
  const day = (n) => addDays(today, n);
  return [
    {
      id: 'amif-school-performance',
      title: texts([
        'Improving school performance for children with a migrant background: partners wanted',
        'Bessere Schulleistungen für Kinder mit Migrationshintergrund: Partner gesucht',
        'تحسين الأداء المدرسي للأطفال من أصول مهاجرة: مطلوب شركاء',
        'Покращення шкільної успішності дітей з міграційним походженням: шукаємо партнерів',
        'Göçmen kökenli çocukların okul başarısını artırmak: ortak aranıyor',
        'بهبود عملکرد تحصیلی کودکان با پیشینه مهاجرت: به دنبال شریک',
      ]),
      summary: {
        en: 'A three-year project on inclusive, non-segregated education within the Asylum, Migration and Integration Fund, led by the Government of Catalonia and supported by AER.',
        de: 'Ein dreijähriges Projekt für inklusive, nicht segregierte Bildung im Asyl-, Migrations- und Integrationsfonds, geleitet von der Regierung Kataloniens, unterstützt von der AER.',
        uk: 'Трирічний проєкт з інклюзивної освіти без сегрегації в межах Фонду притулку, міграції та інтеграції під керівництвом уряду Каталонії за підтримки AER.',
        ar: 'مشروع مدته ثلاث سنوات حول التعليم الشامل غير المنفصل ضمن صندوق اللجوء والهجرة والاندماج، بقيادة حكومة كتالونيا وبدعم من جمعية المناطق الأوروبية.',
      },
      status: 'open',
      programme: 'AMIF',
      objectives: [
        { en: 'Improve the school performance of all students, whatever their cultural origin or socio-economic situation, and close the gap in educational outcomes.', de: 'Die Schulleistungen aller Schülerinnen und Schüler unabhängig von Herkunft und sozialer Lage verbessern und die Bildungslücke schließen.' },
        { en: 'Link extracurricular activities with better academic results, coordinated with the school\'s educational team.', de: 'Außerschulische Angebote mit besseren Lernergebnissen verknüpfen, abgestimmt mit dem pädagogischen Team der Schule.' },
        { en: 'Strengthen links between students, families and schools, with an intercultural perspective in education.', de: 'Die Verbindung zwischen Schülern, Familien und Schule stärken, mit interkultureller Perspektive.' },
      ],
      partnersSought: { en: 'Local or regional authorities or NGOs working in education and after-school activities', de: 'Kommunen, Regionen oder NGOs in Bildung und Nachmittagsbetreuung' },
      deadline: wall(day(21), '23:59', 'Europe/Madrid'),
      timeZone: 'Europe/Madrid',
      durationMonths: 36,
      budget: { amount: 157444, currency: 'EUR' },
      coordinator: { name: { en: 'Government of Catalonia', ca: 'Generalitat de Catalunya' }, country: 'ES' },
      contact: { name: 'AER Secretariat, projects', email: 'projects@example.org' },
      topics: ['education', 'migration', 'cohesion'],
      url: 'https://example.org/partner-search/school-performance',
      updated: day(-3),
    },
    {
      id: 'eurocities-mentoring-visits',
      title: texts([
        'Host a mentoring visit on education for asylum seekers and refugees',
        'Einen Mentoring-Besuch zur Bildung für Asylsuchende und Geflüchtete ausrichten',
        'استضف زيارة إرشادية حول تعليم طالبي اللجوء واللاجئين',
        'Прийміть менторський візит щодо освіти для шукачів притулку та біженців',
        'Sığınmacılar ve mülteciler için eğitim konulu bir mentorluk ziyaretine ev sahipliği yapın',
        'میزبان یک بازدید راهنمایی درباره آموزش پناهجویان و پناهندگان باشید',
      ]),
      summary: {
        en: 'EUROCITIES member cities that want to improve education for children of asylum seekers and refugees and for unaccompanied minors can apply to host one of two funded mentoring visits.',
        de: 'EUROCITIES-Mitgliedsstädte, die die Bildung für Kinder von Asylsuchenden und Geflüchteten sowie für unbegleitete Minderjährige verbessern wollen, können sich für einen von zwei finanzierten Mentoring-Besuchen bewerben.',
      },
      status: 'open',
      programme: 'Solidarity Cities – Open Society Education Support Programme',
      partnersSought: { en: 'EUROCITIES member cities', de: 'EUROCITIES-Mitgliedsstädte' },
      deadline: wall(day(9), '17:00', 'Europe/Brussels'),
      timeZone: 'Europe/Brussels',
      coordinator: { name: { en: 'EUROCITIES' }, country: 'BE' },
      contact: { name: 'Solidarity Cities team', email: 'solidarity@example.com' },
      topics: ['education', 'refugees', 'mentoring'],
      url: 'https://example.com/solidarity-cities/mentoring-call',
    },
    {
      id: 'izmir-vulnerable-people',
      title: texts([
        'Partner search: integrated interventions for vulnerable people with Izmir Metropolitan Municipality',
        'Partnersuche: integrierte Maßnahmen für verletzliche Menschen mit der Stadt Izmir',
        'البحث عن شركاء: تدخلات متكاملة للفئات الضعيفة مع بلدية إزمير الكبرى',
        'Пошук партнерів: комплексні заходи для вразливих людей разом із муніципалітетом Ізміра',
        'Ortak arayışı: İzmir Büyükşehir Belediyesi ile kırılgan gruplara yönelik bütünleşik müdahaleler',
        'جست‌وجوی شریک: مداخلات یکپارچه برای افراد آسیب‌پذیر با شهرداری کلان‌شهر ازمیر',
      ]),
      summary: { en: 'Izmir Metropolitan Municipality seeks regions and cities to develop integrated social, health and employment services for vulnerable people, including refugees.', tr: 'İzmir Büyükşehir Belediyesi, mülteciler dahil kırılgan gruplar için bütünleşik sosyal, sağlık ve istihdam hizmetleri geliştirmek üzere bölge ve şehir ortakları arıyor.' },
      status: 'open',
      partnersSought: { en: 'Regional or local authorities with experience in social inclusion', tr: 'Sosyal içerme deneyimi olan bölgesel veya yerel yönetimler' },
      deadline: wall(day(4), '23:59', CITIES.aydin.zone),
      timeZone: CITIES.aydin.zone,
      coordinator: { name: { en: 'Izmir Metropolitan Municipality', tr: 'İzmir Büyükşehir Belediyesi' }, country: 'TR' },
      contact: { name: 'EU Relations Department', email: 'eu.relations@example.org', phone: '+90 232 555 01 23' },
      topics: ['social inclusion', 'migration', 'health'],
      url: 'https://example.org/partner-search/izmir',
    },
    {
      id: 'intercultural-regions-labour',
      title: texts([
        'Intercultural Regions: improving labour market inclusion',
        'Interkulturelle Regionen: bessere Arbeitsmarktintegration',
        'المناطق متعددة الثقافات: تحسين الإدماج في سوق العمل',
        'Міжкультурні регіони: краща інтеграція на ринку праці',
        'Kültürlerarası Bölgeler: işgücü piyasasına katılımın iyileştirilmesi',
        'مناطق میان‌فرهنگی: بهبود ادغام در بازار کار',
      ]),
      summary: { en: 'Closed early: the partnership is complete.' },
      status: 'closed',
      programme: 'Erasmus+',
      deadline: wall(day(30), '23:59', 'Europe/Brussels'),
      timeZone: 'Europe/Brussels',
      topics: ['jobs', 'migration'],
      url: 'https://example.org/partner-search/labour-market',
    },
    {
      id: 'eu-belong-peer-learning',
      title: texts([
        'EU-BELONG: regions for peer learning on migrant integration',
        'EU-BELONG: Regionen für Peer-Learning zur Integration gesucht',
        'EU-BELONG: مناطق للتعلّم المتبادل حول اندماج المهاجرين',
        'EU-BELONG: регіони для взаємного навчання з інтеграції мігрантів',
        'EU-BELONG: göçmen uyumu konusunda akran öğrenimi için bölgeler',
        'EU-BELONG: مناطق برای یادگیری همتا درباره ادغام مهاجران',
      ]),
      summary: { en: 'The deadline has passed; thank you to the regions that applied.', pl: 'Termin minął; dziękujemy regionom za zgłoszenia.' },
      programme: 'AMIF',
      deadline: wall(day(-10), '23:59', CITIES.poznan.zone),
      timeZone: CITIES.poznan.zone,
      coordinator: { name: { pl: 'Regionalny Ośrodek Polityki Społecznej w Poznaniu', en: 'Regional Centre for Social Policy in Poznań' }, country: 'PL' },
      contact: { name: 'EU-BELONG team', email: 'eu-belong@example.org', phone: '+48 61 555 73 00' },
      topics: ['migration', 'integration'],
      publisher: POZNAN,
    },
    {
      id: 'poznan-welcome-points',
      title: texts([
        'Welcome points for newcomers in small towns: partners wanted',
        'Anlaufstellen für Neuankommende in Kleinstädten: Partner gesucht',
        'نقاط استقبال للقادمين الجدد في البلدات الصغيرة: مطلوب شركاء',
        'Пункти підтримки для новоприбулих у малих містах: шукаємо партнерів',
        'Küçük kasabalarda yeni gelenler için karşılama noktaları: ortak aranıyor',
        'مراکز پذیرش تازه‌واردان در شهرهای کوچک: به دنبال شریک',
      ]),
      summary: { en: 'Poznań and the Wielkopolska region look for towns and NGOs to open one-stop welcome points, building on EU-BELONG.', pl: 'Poznań i Wielkopolska szukają gmin i organizacji do otwarcia punktów informacyjnych dla cudzoziemców, w oparciu o EU-BELONG.' },
      status: 'open',
      programme: 'AMIF',
      partnersSought: { en: 'Small and medium-sized towns, NGOs working with migrants', pl: 'Małe i średnie gminy, organizacje pracujące z cudzoziemcami' },
      deadline: wall(day(40), '23:59', CITIES.poznan.zone),
      timeZone: CITIES.poznan.zone,
      durationMonths: 24,
      coordinator: { name: { pl: 'Miasto Poznań', en: 'City of Poznań' }, country: 'PL' },
      contact: { name: 'Welcome points team', email: 'welcome-points@example.org' },
      topics: ['migration', 'integration'],
      url: 'https://poznan.example.org/partners/welcome-points',
      publisher: POZNAN,
    },
  ];
}

// ── Feed ───────────────────────────────────────────────────────────────────────────────────
export function makeDemoFeed(today) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got ${today}`);
  return {
    $schema: '../schema/feed.schema.json',
    version: 1,
    publisher: NETWORK,
    defaultLocale: 'en',
    locales: ['en', 'de', 'ar', 'uk', 'tr', 'fa'],
    timeZone: 'Europe/Berlin',
    updated: today,
    categories: CATEGORIES,
    services: makeServices(today),
    events: makeEvents(today),
    calls: makeCalls(today),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const today = arg('today') ?? new Date().toISOString().slice(0, 10);
  const out = arg('out') ?? new URL('../demo/feed.json', import.meta.url).pathname;
  const feed = makeDemoFeed(today);
  await writeFile(out, `${JSON.stringify(feed, null, 2)}\n`);
  console.log(`wrote ${out}: ${feed.services.length} services, ${feed.events.length} events, ${feed.calls.length} calls, dates relative to ${today}`);
}
