import { expect } from '@open-wc/testing';
import { readUrlState, serviceLink, writeUrlState } from '../../../src/components/service-finder/url-state.js';

describe('url-state (deep links)', () => {
  it("round-trips query, filters and the open service in namespaced parameters, keeping the page's own", () => {
    const state = {
      q: 'Arzt Grünau',
      category: 'health',
      lang: false,
      free: true,
      open: true,
      area: '04109',
      publisher: 'leipzig',
      service: 's1',
    };
    const href = writeUrlState('https://city.example/services?page=2#top', state);
    const url = new URL(href);
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.hash).to.equal('#top');
    expect([...url.searchParams.keys()].filter((k) => k.startsWith('cw-'))).to.deep.equal([
      'cw-q',
      'cw-cat',
      'cw-lang',
      'cw-free',
      'cw-open',
      'cw-area',
      'cw-pub',
      'cw-service',
    ]);
    expect(readUrlState(url.search)).to.deep.equal(state);
  });

  it('leaves defaults out and reads a bare URL as defaults', () => {
    const href = writeUrlState('https://city.example/?cw-q=old&x=1', { q: ' ', category: '', free: false, open: false, area: '' });
    expect(href).to.equal('https://city.example/?x=1');
    expect(readUrlState('')).to.deep.equal({
      q: '',
      category: '',
      lang: undefined,
      free: false,
      open: false,
      area: '',
      publisher: '',
      service: undefined,
    });
    expect(readUrlState('?cw-lang=1').lang).to.equal(true);
  });

  it("makes a service link without the sender's search", () => {
    expect(serviceLink('https://city.example/p?cw-q=secret&a=b', 'x y')).to.equal('https://city.example/p?a=b&cw-service=x+y');
  });
});
