import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import {
  buildServiceIndex,
  createServiceIndex,
  oneEditApart,
  type SearchableCategory,
  type SearchableService,
  type ServiceIndex,
} from '../../src/search/service-index.js';
import { fold, tokenize } from '../../src/search/normalize.js';
import { benchQueries, syntheticFeed } from './synthetic-services.js';

// Mocha globals, typed here (the project has no @types/mocha).
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => void | Promise<void>) => void;

const categories: SearchableCategory[] = [
  { id: 'health', name: { en: 'Health', de: 'Gesundheit', ar: 'الصحة' } },
  { id: 'advice', name: { en: 'Advice', de: 'Beratung' } },
  { id: 'education', name: 'Bildung' },
];

const services: SearchableService[] = [
  {
    id: 'a1',
    name: { de: 'Arztpraxis Dr. Müller' },
    description: { de: 'Allgemeinmedizin, Termine nach Vereinbarung' },
    categories: ['health'],
    keywords: { en: ['doctor', 'clinic'] },
  },
  {
    id: 'a2',
    name: { de: 'Beratung für Flüchtlinge', ar: 'استشارة للاجئين' },
    description: { de: 'Hilfe bei Asyl und Aufenthalt' },
    categories: ['advice'],
  },
  {
    id: 'a3',
    name: { de: 'Sprachkurs Deutsch A1', en: 'German language course A1', uk: 'Курс німецької мови' },
    categories: ['education'],
  },
  {
    id: 'a4',
    name: { ar: 'مُسْتَشْفَى الأَطْفَال', de: 'Kinderkrankenhaus' },
    description: { ar: 'رعاية طبية للأطفال' },
    categories: ['health'],
  },
  {
    id: 'a5',
    name: { de: 'Krankenhaus St. Georg', ar: 'مستشفى سانت جورج' },
    description: { de: 'Notaufnahme rund um die Uhr' },
    categories: ['health'],
  },
  {
    id: 'a6',
    name: { ar: 'صيدلية النور', de: 'Apotheke am Ring' },
    description: { ar: 'بالقرب من المستشفى' },
  },
  {
    id: 'a7',
    name: { de: 'Schuldnerberatung', tr: 'Borç danışmanlığı' },
    organization: { name: 'Caritas Leipzig' },
    categories: ['advice'],
  },
  {
    id: 'a8',
    name: { uk: 'Лікар для дітей', de: 'Kinderarzt Dr. Şahin' },
    description: { de: 'Im Krankenhaus St. Georg, 2. Stock' },
    keywords: ['pediatrician'],
  },
];

const index = createServiceIndex(services, categories);
const ids = (query: string): string[] => index.search(query).map((hit) => hit.id);

describe('fold and tokenize', () => {
  it('folds case and accents across scripts', () => {
    expect(fold('Beratung für Flüchtlinge')).to.equal('beratung fur fluchtlinge');
    expect(fold('Straße ẞ')).to.equal('strasse ss');
    expect(fold('İSTANBUL ılık Şişli çağ')).to.equal('istanbul ilik sisli cag');
    expect(fold('مُسْتَشْفَى')).to.equal('مستشفي');
    expect(fold('أحمد إسلام آمنة ٱلله مدرسة مــدرسة')).to.equal('احمد اسلام امنه الله مدرسه مدرسه');
    expect(fold('مؤسسة مسئول')).to.equal('موسسه مسيول');
    expect(fold('کتاب ك یی')).to.equal('كتاب ك يي');
    expect(fold('Ёлка Їжак ґанок')).to.equal('елка іжак ганок');
    expect(fold('Ελληνικά')).to.equal('ελληνικα');
  });

  it('tokenizes like fold, with apostrophes, Arabic article and other scripts', () => {
    expect(tokenize('Beratung für Flüchtlinge!')).to.deep.equal(['beratung', 'fur', 'fluchtlinge']);
    expect(tokenize("м'ясо l'hôpital", true)).to.deep.equal(['мясо', 'м', 'ясо', 'lhopital', 'l', 'hopital']);
    expect(tokenize("İstanbul'da")).to.deep.equal(['istanbulda']);
    expect(tokenize('المستشفى', true)).to.deep.equal(['المستشفي', 'مستشفي']);
    expect(tokenize('नमस्ते दुनिया')).to.deep.equal(['नमस्ते', 'दुनिया']);
    expect(tokenize('١٢٣ ۴۵۶ ﬁle 😀 𝐀𝐁')).to.deep.equal(['123', '456', 'file', 'ab']);
  });

  it('tokenize agrees with fold on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        for (const word of tokenize(text)) expect(fold(word)).to.equal(word);
      }),
    );
  });
});

describe('oneEditApart', () => {
  it('finds one substitution, insertion, deletion or swap', () => {
    expect(oneEditApart('docter', 'doctor')).to.equal(1);
    expect(oneEditApart('sprahkurs', 'sprachkurs')).to.equal(1);
    expect(oneEditApart('krankenhuas', 'krankenhaus')).to.equal(1);
    expect(oneEditApart('krankenhauss', 'krankenhaus')).to.equal(1);
    expect(oneEditApart('sprah', 'sprachkurs')).to.equal(2);
    expect(oneEditApart('doctor', 'doctor')).to.equal(0);
    expect(oneEditApart('docx', 'doctor')).to.equal(0); // last typed letter changed: only a full word
    expect(oneEditApart('dactar', 'doctor')).to.equal(0);
  });
});

describe('createServiceIndex', () => {
  it('has the size of the feed and lists everything in feed order for an empty query', () => {
    expect(index.size).to.equal(8);
    const all = services.map((s) => s.id);
    expect(ids('')).to.deep.equal(all);
    expect(ids('   ')).to.deep.equal(all);
    expect(index.search('').every((hit) => hit.score === 0)).to.equal(true);
  });

  it('finds German with and without umlauts, by prefix as typed', () => {
    expect(ids('Arztpraxis')).to.deep.equal(['a1']);
    expect(ids('arzt')).to.deep.equal(['a1']);
    expect(ids('ARZTP')).to.deep.equal(['a1']);
    expect(ids('muller')).to.deep.equal(['a1']);
    expect(ids('Müller')).to.deep.equal(['a1']);
    expect(ids('fluchtlinge')).to.deep.equal(['a2']);
    expect(ids('Beratung für Flüchtlinge')).to.deep.equal(['a2']);
    expect(ids('kra')[0]).to.equal('a5');
  });

  it('ranks name matches above description matches', () => {
    expect(ids('krankenhaus')).to.deep.equal(['a5', 'a8']);
    const [first, second] = index.search('krankenhaus');
    expect(first!.score).to.be.greaterThan(second!.score);
  });

  it('finds Arabic with and without diacritics and hamza forms, in order', () => {
    // a4 and a5 have it in the name (feed order), a6 only in the description.
    expect(ids('مستشفى')).to.deep.equal(['a4', 'a5', 'a6']);
    expect(ids('مُسْتَشْفَى')).to.deep.equal(['a4', 'a5', 'a6']);
    expect(ids('مستشفي')).to.deep.equal(['a4', 'a5', 'a6']);
    expect(ids('المستشفى')).to.deep.equal(['a6']);
    expect(ids('الأطفال')).to.deep.equal(['a4']);
    expect(ids('الاطفال')).to.deep.equal(['a4']);
    expect(ids('أطفال')).to.deep.equal(['a4']);
    expect(ids('اطفال')).to.deep.equal(['a4']);
  });

  it('finds a German-only service in English through its keywords and categories', () => {
    expect(ids('doctor')).to.deep.equal(['a1']);
    expect(ids('Clinic')).to.deep.equal(['a1']);
    expect(ids('health')).to.deep.equal(['a1', 'a4', 'a5']);
    expect(ids('pediatrician')).to.deep.equal(['a8']);
  });

  it('finds Turkish, Ukrainian and organization names', () => {
    expect(ids('borc danismanligi')).to.deep.equal(['a7']);
    expect(ids('BORÇ')).to.deep.equal(['a7']);
    expect(ids('лікар')).to.deep.equal(['a8']);
    expect(ids('ЛІКАР')).to.deep.equal(['a8']);
    expect(ids('caritas')).to.deep.equal(['a7']);
    expect(ids('курс')).to.deep.equal(['a3']);
  });

  it('tolerates one typo in longer words', () => {
    expect(ids('docter')).to.deep.equal(['a1']);
    expect(ids('sprahkurs')).to.deep.equal(['a3']);
    expect(ids('sprah')).to.deep.equal(['a3']);
    expect(ids('krankenhuas')).to.deep.equal(['a5', 'a8']);
    expect(ids('mueller')).to.deep.equal(['a1']);
  });

  it('ranks exact above prefix above typo', () => {
    const local = createServiceIndex([
      { id: 'typo', name: 'Beratungs' },
      { id: 'prefix', name: 'Beratungsstelle' },
      { id: 'exact', name: 'Beratung' },
    ]);
    expect(local.search('beratung').map((h) => h.id)).to.deep.equal(['exact', 'typo', 'prefix']);
    // "beratng": one letter missing from "beratung" (a whole word) and from a prefix of the others.
    expect(local.search('beratng').map((h) => h.id)).to.deep.equal(['exact', 'typo', 'prefix']);
    // A changed last letter is a typo only for a whole word: "beratunk" is not "beratungs…".
    expect(local.search('beratunk').map((h) => h.id)).to.deep.equal(['exact']);
  });

  it('does not fuzz-match short words', () => {
    expect(ids('kurz')).to.deep.equal([]);
    expect(ids('arst')).to.deep.equal([]);
    expect(ids('ring')).to.deep.equal(['a6']);
    expect(ids('rong')).to.deep.equal([]);
  });

  it('needs every word, and falls back to the best partial matches', () => {
    expect(ids('sprachkurs deutsch')).to.deep.equal(['a3']);
    expect(ids('krankenhaus georg')).to.deep.equal(['a5', 'a8']);
    expect(ids('sprachkurs xyzzy')).to.deep.equal(['a3']);
    expect(ids('arzt krankenhaus')[0]).to.be.oneOf(['a1', 'a5']);
    expect(ids('xyzzy')).to.deep.equal([]);
  });

  it('returns distinct ids, best first, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (query) => {
        const hits = index.search(query);
        expect(new Set(hits.map((h) => h.id)).size).to.equal(hits.length);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).to.be.at.least(hits[i]!.score);
      }),
      { numRuns: 500 },
    );
  });

  it('finds any service by its own name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), (name) => {
        const local = createServiceIndex([
          { id: 'other', name: 'x' },
          { id: 'it', name },
        ]);
        if (tokenize(name).length) expect(local.search(name).map((h) => h.id)).to.include('it');
      }),
      { numRuns: 300 },
    );
  });

  it('survives malformed items', () => {
    const odd = createServiceIndex(
      [
        { id: 'n', name: { de: 'Name' }, description: null, keywords: { en: 'doctor' }, organization: {} },
        { id: 'm', name: 42, categories: ['nope', 7], keywords: [null, ['nested clinic']] },
        null,
      ] as unknown as SearchableService[],
      [{ id: 'x', name: null }] as unknown as never[],
    );
    expect(odd.search('doctor').map((h) => h.id)).to.deep.equal(['n']);
    expect(odd.search('clinic').map((h) => h.id)).to.deep.equal(['m']);
    expect(odd.search('').length).to.equal(3);
  });

  it('reads feed text two levels deep at most: a deeper value is not walked', () => {
    let deep: unknown = ['hidden'];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const local = createServiceIndex([
      { id: 'a', name: { en: 'Advice', xx: deep } as never },
      { id: 'b', name: 'Other', keywords: { en: ['doctor'] } },
    ]);
    expect(local.search('advice').map((h) => h.id)).to.deep.equal(['a']);
    expect(local.search('doctor').map((h) => h.id)).to.deep.equal(['b']);
    expect(local.search('hidden')).to.deep.equal([]);
  });
});

describe('buildServiceIndex (in time slices)', () => {
  const big = syntheticFeed(4000, 7);
  /** The index, whether the first slice finished it or `done` got it later. */
  const built = (list: SearchableService[], cats: SearchableCategory[], ms?: number): Promise<ServiceIndex> =>
    new Promise((resolve) => {
      const index = buildServiceIndex(list, cats, resolve, ms);
      if (index) resolve(index);
    });

  it('returns the index at once when the first slice finishes it (a small feed)', () => {
    const done = sinon.spy();
    const index = buildServiceIndex(services, categories, done);
    expect(index!.search('arzt').map((h) => h.id)).to.deep.equal(['a1']);
    expect(done.called).to.equal(false);
  });

  it('yields to the event loop on a large feed: a timer set before the build runs before it ends', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true));
    const index = await new Promise<ServiceIndex>((resolve) => {
      expect(buildServiceIndex(big.services, big.categories, resolve, 4), 'not done in the first slice').to.equal(undefined);
      expect(timerRan).to.equal(false);
    });
    expect(timerRan, 'the timer ran before the build ended').to.equal(true);
    expect(index.size).to.equal(4000);
  });

  it('gives exactly the same results, ranks and scores as the build in one go', async () => {
    const sliced = await built(big.services, big.categories, 1);
    const whole = createServiceIndex(big.services, big.categories);
    expect(sliced.size).to.equal(whole.size);
    for (const query of ['', 'a', 'be', ...benchQueries().slice(0, 60)]) {
      expect(sliced.search(query), query).to.deep.equal(whole.search(query));
    }
  });
});
