import { expect } from '@open-wc/testing';
import type { Feed, Service } from '../../../src/feed/types.js';
import { publishersOf } from '../../../src/feed/publishers.js';
import {
  activeFilters,
  buildFacetTable,
  filterServices,
  inArea,
  isFree,
  listedFeed,
  NO_FILTERS,
  speaksLanguage,
} from '../../../src/components/service-finder/service-filters.js';

const svc = (id: string, extra: Partial<Service> = {}): Service => ({ id, name: id, ...extra }) as Service;
const services: Service[] = [
  svc('a', { categories: ['health', 'health'], languages: ['de', 'ar'], cost: 'free' }),
  svc('b', { categories: ['health', 'family'], languages: ['en-GB'], cost: 'Free ' }),
  svc('c', { categories: ['family', 'unknown'], languages: ['ar'], cost: { en: '5 €' } as never }),
  svc('d', {
    categories: [],
    locations: [{ address: { postalCode: '04 109', district: 'Grünau-Mitte' } }],
    publisher: { id: 'poznan', name: 'Poznań' },
  }),
];
const open = Uint8Array.from([1, 0, 1, 0]);
const all = [0, 1, 2, 3];
const table = buildFacetTable(services, ['health', 'family'], 'ar', publishersOf(services, { publisher: { id: 'leipzig' } }));
const ids = (positions: number[]) => positions.map((i) => services[i]!.id);

describe('service filters (pure)', () => {
  it('knows who speaks a language by base language, what is free, and the area', () => {
    expect(speaksLanguage(services[1]!, 'en')).to.equal(true);
    expect(speaksLanguage(services[1]!, 'de')).to.equal(false);
    expect(services.map(isFree)).to.deep.equal([true, true, false, false]);
    expect(inArea(services[3]!, '04109')).to.equal(true);
    expect(inArea(services[3]!, '041')).to.equal(true);
    expect(inArea(services[3]!, 'grunau')).to.equal(true);
    expect(inArea(services[3]!, '06108')).to.equal(false);
    expect(inArea(services[0]!, '')).to.equal(true);
    expect([...table.speaks]).to.deep.equal([1, 0, 1, 0]);
    expect([...table.free]).to.deep.equal([1, 1, 0, 0]);
  });

  it('with no filters passes every hit in hit order and counts every option', () => {
    const r = filterServices([3, 1, 0, 2], NO_FILTERS, table, open);
    expect(ids(r.results)).to.deep.equal(['d', 'b', 'a', 'c']);
    expect({ ...r.counts, category: [...r.counts.category], publisher: [...r.counts.publisher] }).to.deep.equal({
      all: 4,
      category: [2, 2],
      lang: 2,
      free: 2,
      open: 2,
      publisher: [3, 1],
      anyPublisher: 4,
    });
    expect(activeFilters(NO_FILTERS)).to.deep.equal([]);
  });

  it('combines filters; each count keeps the other active filters', () => {
    const filters = { ...NO_FILTERS, category: 'health', lang: true };
    const r = filterServices(all, filters, table, open);
    expect(ids(r.results)).to.deep.equal(['a']);
    // Arabic speakers are a and c: "family" with lang kept is c; lang with health kept is a.
    expect([...r.counts.category]).to.deep.equal([1, 1]);
    expect(r.counts.all).to.equal(2);
    expect(r.counts.lang).to.equal(1);
    expect(r.counts.free).to.equal(1);
    expect(r.counts.open).to.equal(1);
    expect(r.without).to.deep.equal({ category: 2, lang: 2 });
    const none = filterServices(all, { ...filters, free: true, open: true, area: '99999' }, table, open);
    expect(none.results).to.deep.equal([]);
    expect(none.without).to.deep.equal({ category: 0, lang: 0, free: 0, open: 0, area: 1 });
    expect(activeFilters({ ...filters, area: 'x' })).to.deep.equal(['category', 'lang', 'area']);
    expect(ids(filterServices(all, { ...NO_FILTERS, area: 'Grünau' }, table, open).results)).to.deep.equal(['d']);
    expect(filterServices(all, { ...NO_FILTERS, category: 'nope' }, table, open).results).to.deep.equal([]);
  });

  it('narrows to one publisher of a network feed, counting each publisher with the other filters kept', () => {
    const r = filterServices(all, { ...NO_FILTERS, publisher: 'leipzig', free: true }, table, open);
    expect(ids(r.results)).to.deep.equal(['a', 'b']);
    // Free services: a and b (Leipzig); none of Poznań's.
    expect([...r.counts.publisher]).to.deep.equal([2, 0]);
    expect(r.counts.anyPublisher).to.equal(2);
    expect(r.counts.free).to.equal(2);
    expect(r.without).to.deep.equal({ free: 3, publisher: 2 });
    expect(ids(filterServices(all, { ...NO_FILTERS, publisher: 'poznan' }, table, open).results)).to.deep.equal(['d']);
    // A publisher the feed does not have (an old link) narrows nothing.
    expect(filterServices(all, { ...NO_FILTERS, publisher: 'lund' }, table, open).results).to.have.length(4);
  });

  it('leaves inactive services out of the feed it lists; the same feed when there are none', () => {
    const feed = { services } as Feed;
    expect(listedFeed(feed)).to.equal(feed);
    const withInactive = { services: [...services, svc('e', { status: 'inactive' }), svc('f', { status: 'temporarily closed' })] } as Feed;
    const listed = listedFeed(withInactive);
    expect(listed.services.map((s) => s.id)).to.deep.equal(['a', 'b', 'c', 'd', 'f']);
    expect(listedFeed(withInactive), 'once per feed').to.equal(listed);
  });
});
