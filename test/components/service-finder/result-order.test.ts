import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/feed/types.js';
import { publishersOf } from '../../../src/feed/publishers.js';
import { buildFacetTable } from '../../../src/components/service-finder/service-filters.js';
import { coveringLanguages, orderResults } from '../../../src/components/service-finder/result-order.js';

const svc = (id: string, languages: string[] | undefined, publisher?: string): Service =>
  ({ id, name: id, ...(languages ? { languages } : {}), ...(publisher ? { publisher: { id: publisher } } : {}) }) as Service;

describe('result order (nothing hidden: the visitor’s language first, the page’s own place first)', () => {
  it('names the fewest languages that cover a group, most spoken first, at most three', () => {
    const services = [
      svc('a', ['de', 'en']),
      svc('b', ['de']),
      svc('c', ['en-GB', 'fr']),
      svc('d', ['pl']),
      svc('e', ['it']),
      svc('f', []),
    ];
    const table = buildFacetTable(services, [], 'en', publishersOf(services, {}));
    expect(coveringLanguages([0, 1, 2], table)).to.deep.equal({ names: ['de', 'en'], more: false });
    expect(coveringLanguages([0, 2], table), 'one covers both').to.deep.equal({ names: ['en'], more: false });
    expect(coveringLanguages([0, 1, 2, 3, 4], table), 'three are not enough').to.deep.equal({ names: ['de', 'en', 'pl'], more: true });
    expect(coveringLanguages([1, 5], table), 'a service that lists none').to.deep.equal({ names: ['de'], more: true });
    expect(coveringLanguages([5], table)).to.deep.equal({ names: [], more: true });
    // A tie goes to the language seen first (the group's order, each service's languages as it lists them).
    expect(coveringLanguages([2], table), 'en before fr').to.deep.equal({ names: ['en'], more: false });
    expect(coveringLanguages([4, 3], table), 'it before pl').to.deep.equal({ names: ['it', 'pl'], more: false });
  });

  it('puts the services that speak the visitor’s language first, then a divider over the rest, each group in its order', () => {
    const services = [svc('a', ['de']), svc('b', ['ar', 'de']), svc('c', ['de', 'en']), svc('d', ['ar'])];
    const table = buildFacetTable(services, [], 'ar', publishersOf(services, {}));
    const { order, dividers } = orderResults([2, 0, 1, 3], table, -1, true);
    expect(order.map((i) => services[i]!.id)).to.deep.equal(['b', 'd', 'c', 'a']);
    expect(dividers).to.deep.equal([{ at: 2, kind: 'language', size: 2, names: ['de'], more: false }]);
    expect(orderResults([2, 0], table, -1, true).dividers[0]!.at, 'none speaks it: all of them after the divider').to.equal(0);
    expect(orderResults([2, 0, 1, 3], table, -1, false), 'not by language').to.deep.equal({ order: [2, 0, 1, 3], dividers: [] });
  });

  it('puts the home publisher first, the other places after their divider, each by language (the others’ divider only when some speak it)', () => {
    const services = [
      svc('p1', ['pl'], 'poznan'),
      svc('l1', ['de'], 'leipzig'),
      svc('p2', ['ar', 'pl'], 'poznan'),
      svc('l2', ['ar'], 'leipzig'),
      svc('p3', ['pl'], 'poznan'),
    ];
    const publishers = publishersOf(services, {});
    const table = buildFacetTable(services, [], 'ar', publishers);
    const leipzig = publishers.keys.indexOf('leipzig');
    const { order, dividers } = orderResults([0, 1, 2, 3, 4], table, leipzig, true);
    expect(order.map((i) => services[i]!.id)).to.deep.equal(['l2', 'l1', 'p2', 'p1', 'p3']);
    expect(dividers).to.deep.equal([
      { at: 1, kind: 'language', size: 1, names: ['de'], more: false },
      { at: 2, kind: 'place', size: 3, names: [publishers.keys.indexOf('poznan')], more: false },
      { at: 3, kind: 'language', size: 2, names: ['pl'], more: false },
    ]);
    // None of the other places' services speaks it: no second language divider right under the place divider.
    const none = orderResults([0, 1, 4], table, leipzig, true);
    expect(none.dividers.map((d) => [d.at, d.kind])).to.deep.equal([
      [0, 'language'],
      [1, 'place'],
    ]);
  });
});
