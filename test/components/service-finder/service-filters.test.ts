import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/feed/types.js';
import { activeFilters, filterServices, inArea, isFree, NO_FILTERS, speaksLanguage } from '../../../src/components/service-finder/service-filters.js';

const svc = (id: string, extra: Partial<Service> = {}): Service => ({ id, name: id, ...extra }) as Service;
const services: Service[] = [
  svc('a', { categories: ['health'], languages: ['de', 'ar'], cost: 'free' }),
  svc('b', { categories: ['health', 'family'], languages: ['en-GB'], cost: 'Free ' }),
  svc('c', { categories: ['family'], languages: ['ar'], cost: { en: '5 €' } as never }),
  svc('d', { categories: [], locations: [{ address: { postalCode: '04 109', district: 'Grünau-Mitte' } }] }),
];
const open = new Set(['a', 'c']);
const ctx = (locale: string) => ({ locale, isOpen: (s: Service) => open.has(s.id) });

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
  });

  it('with no filters passes everything and counts every option', () => {
    const r = filterServices(services, NO_FILTERS, ctx('ar'));
    expect(r.results.map((s) => s.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(r.counts).to.deep.equal({ category: { '': 4, health: 2, family: 2 }, lang: 2, free: 2, open: 2 });
    expect(activeFilters(NO_FILTERS)).to.deep.equal([]);
  });

  it('combines filters; each count keeps the other active filters', () => {
    const filters = { ...NO_FILTERS, category: 'health', lang: true };
    const r = filterServices(services, filters, ctx('ar'));
    expect(r.results.map((s) => s.id)).to.deep.equal(['a']);
    // Arabic speakers are a and c: "family" with lang kept is c; lang with health kept is a.
    expect(r.counts.category).to.deep.equal({ '': 2, health: 1, family: 1 });
    expect(r.counts.lang).to.equal(1);
    expect(r.counts.free).to.equal(1);
    expect(r.counts.open).to.equal(1);
    expect(r.without).to.deep.equal({ category: 2, lang: 2 });
    const none = filterServices(services, { ...filters, free: true, open: true, area: '99999' }, ctx('ar'));
    expect(none.results).to.deep.equal([]);
    expect(none.without).to.deep.equal({ category: 0, lang: 0, free: 0, open: 0, area: 1 });
    expect(activeFilters({ ...filters, area: 'x' })).to.deep.equal(['category', 'lang', 'area']);
  });
});
