import { expect } from '@open-wc/testing';
import type { Publisher } from '../../src/feed/types.js';
import {
  countByPublisher,
  homeFirst,
  homePublisher,
  isListedFor,
  publisherIndex,
  publisherKey,
  publisherName,
  publisherOf,
  publishersOf,
} from '../../src/feed/publishers.js';

const network: Publisher = { id: 'network', name: { en: 'Cities network' } };
const leipzig: Publisher = { id: 'leipzig', name: { de: 'Stadt Leipzig', en: 'City of Leipzig' }, url: 'https://leipzig.example.org' };
const poznan: Publisher = { name: { pl: 'Miasto Poznań', en: 'City of Poznań' } };

describe('publishers (whose an item is, in a network feed)', () => {
  it("an item's own publisher, else the feed's", () => {
    expect(publisherOf({ publisher: leipzig }, { publisher: network })).to.equal(leipzig);
    expect(publisherOf({}, { publisher: network })).to.equal(network);
    expect(publisherOf({}, {})).to.equal(undefined);
  });

  it('tells publishers apart by id, else name (first language), else web address', () => {
    expect(publisherKey(leipzig)).to.equal('leipzig');
    expect(publisherKey(poznan)).to.equal('Miasto Poznań');
    expect(publisherKey({ name: 'Lund' })).to.equal('Lund');
    expect(publisherKey({ url: 'https://lund.example.org' })).to.equal('https://lund.example.org');
    expect(publisherKey({})).to.equal('');
    expect(publisherKey(undefined)).to.equal('');
    expect(publisherName(poznan)).to.equal(poznan.name);
    expect(publisherName({ url: 'https://lund.example.org' })).to.equal('https://lund.example.org');
  });

  it('lists the publishers in the order of their first item, with each item’s index and counts', () => {
    // Two objects for Leipzig (as a merge writes one per item) are one publisher.
    const items = [{ publisher: leipzig }, {}, { publisher: poznan }, { publisher: { ...leipzig } }, { publisher: {} }];
    const table = publishersOf(items, { publisher: network });
    expect(table.keys).to.deep.equal(['leipzig', 'network', 'Miasto Poznań']);
    expect(table.list[0]).to.equal(leipzig);
    expect([...table.of]).to.deep.equal([0, 1, 2, 0, 1]);
    expect(table.network).to.equal(true);
    expect(countByPublisher(table)).to.deep.equal([2, 2, 1]);
    expect(countByPublisher(table, [table.of[0]!, table.of[2]!, -1])).to.deep.equal([1, 0, 1]);
    expect(publishersOf(items, { publisher: network }), 'once per list').to.equal(table);
    expect(publishersOf(items, { publisher: poznan }).keys, 'another feed publisher').to.deep.equal(['leipzig', 'Miasto Poznań']);
  });

  it('narrows a list to one publisher; all of it for none or a key it does not have', () => {
    const items = [{ publisher: leipzig }, { publisher: poznan }, { publisher: leipzig }, {}];
    const table = publishersOf(items, {});
    const listed = (key: string | undefined): number[] =>
      [...table.of.keys()].filter((i) => isListedFor(publisherIndex(table, key), table.of[i]!));
    expect(listed('leipzig')).to.deep.equal([0, 2]);
    expect(listed('Miasto Poznań')).to.deep.equal([1]);
    expect(listed('')).to.deep.equal([0, 1, 2, 3]);
    expect(listed(undefined)).to.deep.equal([0, 1, 2, 3]);
    expect(listed('lund'), 'an old link').to.deep.equal([0, 1, 2, 3]);
  });

  it('one publisher, or none at all, is not a network', () => {
    expect(publishersOf([{}, { publisher: network }], { publisher: network }).network).to.equal(false);
    const none = publishersOf([{}, {}], {});
    expect([none.network, none.list.length, [...none.of]]).to.deep.equal([false, 0, [-1, -1]]);
    expect(countByPublisher(none)).to.deep.equal([]);
  });
});

describe('home first (the page’s own publisher’s items first, in a network feed)', () => {
  const items = [{ publisher: poznan }, { publisher: leipzig }, {}, { publisher: poznan }, { publisher: leipzig }];
  const table = publishersOf(items, { publisher: network });

  it('finds the home publisher: the key asked for, else the feed’s own; none in a list with one publisher', () => {
    expect(homePublisher(table, { publisher: network }, 'leipzig')).to.equal(table.keys.indexOf('leipzig'));
    expect(homePublisher(table, { publisher: network }), 'the feed’s own').to.equal(table.keys.indexOf('network'));
    expect(homePublisher(table, { publisher: network }, 'lund'), 'an unknown key: the feed’s own').to.equal(table.keys.indexOf('network'));
    expect(homePublisher(table, { publisher: { id: 'lund' } }), 'the feed’s own has no items').to.equal(-1);
    const single = publishersOf([{}, {}], { publisher: network });
    expect(homePublisher(single, { publisher: network }, 'network'), 'not a network').to.equal(-1);
  });

  it('puts the home publisher’s items first, each side in its order, and says where the others begin', () => {
    const leipzigFirst = homeFirst([0, 1, 2, 3, 4], table, table.keys.indexOf('leipzig'));
    expect(leipzigFirst).to.deep.equal({ order: [1, 4, 0, 2, 3], others: 2 });
    expect(homeFirst([3, 0, 4], table, table.keys.indexOf('Miasto Poznań'))).to.deep.equal({ order: [3, 0, 4], others: 2 });
    expect(homeFirst([3, 0, 4], table, -1), 'no home: all of it').to.deep.equal({ order: [3, 0, 4], others: 3 });
  });
});
