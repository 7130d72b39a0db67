import { expect } from '@open-wc/testing';
import { addressLine, deadlineWords, mapHref, webHref } from '../../../src/components/event-list/event-item.js';

const now = Date.parse('2027-04-12T08:00:00Z');

describe('event item parts', () => {
  it('allows only http(s) links', () => {
    expect(webHref('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(webHref('http://example.org')).to.equal('http://example.org/');
    expect(webHref('javascript:alert(1)')).to.equal(undefined);
    expect(webHref('mailto:a@example.org')).to.equal(undefined);
    expect(webHref('/relative')).to.equal(undefined);
    expect(webHref(42)).to.equal(undefined);
    expect(webHref(undefined)).to.equal(undefined);
  });

  it('writes an address on one line, the country by name in the visitor’s language', () => {
    expect(addressLine({ street: 'Square de Meeûs 1', postalCode: '1000', city: 'Brussels', country: 'BE' }, 'en')).to.equal('Square de Meeûs 1, 1000 Brussels, Belgium');
    expect(addressLine({ street: 'Square de Meeûs 1', city: 'Brüssel', country: 'BE' }, 'de')).to.equal('Square de Meeûs 1, Brüssel, Belgien');
    expect(addressLine({ district: 'Grünau' }, 'de')).to.equal('Grünau');
    expect(addressLine(undefined, 'en')).to.equal('');
  });

  it('links to OpenStreetMap by coordinates, else by address', () => {
    expect(mapHref({ lat: 51.34, lon: 12.37 }, 'ignored')).to.equal('https://www.openstreetmap.org/?mlat=51.34&mlon=12.37#map=17/51.34/12.37');
    expect(mapHref(undefined, 'Rabet, Leipzig')).to.equal('https://www.openstreetmap.org/search?query=Rabet%2C%20Leipzig');
    expect(mapHref({ lat: Number.NaN, lon: 1 }, '')).to.equal(undefined);
  });

  it('says how long registration stays open, in the visitor’s days, and nothing once closed', () => {
    const ctx = { now, visitorZone: 'Europe/Berlin', locale: 'en' };
    expect(deadlineWords('2027-04-15T12:00:00+02:00', ctx)).to.equal('in 3 days');
    expect(deadlineWords('2027-04-13T09:00:00+02:00', ctx)).to.equal('tomorrow');
    expect(deadlineWords('2027-04-12T16:30:00+02:00', ctx)).to.equal('in 6 hours');
    expect(deadlineWords('2027-04-12T10:20:00+02:00', ctx)).to.equal('in 20 minutes');
    expect(deadlineWords('2027-04-12T09:59:00+02:00', ctx)).to.equal('');
    expect(deadlineWords('not a date', ctx)).to.equal('');
    expect(deadlineWords('2027-04-15T12:00:00+02:00', { ...ctx, locale: 'de' })).to.equal('in 3 Tagen');
    // 23:30 in Berlin is already the next day in Auckland: "tomorrow" there, "today" words in Berlin.
    expect(deadlineWords('2027-04-12T23:30:00+02:00', { ...ctx, visitorZone: 'Pacific/Auckland' })).to.equal('tomorrow');
  });
});
