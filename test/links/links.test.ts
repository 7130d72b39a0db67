import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { EMAIL, LINK } from '../../src/links/link-rules.js';
import { mailtoHref, mapHref, mapLinks, routeHref, telHref, webHref } from '../../src/links/links.js';
import { addressLine, addressLines } from '../../src/links/address.js';

/** Controls, bidi marks, embeddings, overrides and isolates, zero-width characters: never in an href. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

describe('links from feed data', () => {
  it('makes web links of https: and http: URLs only, normalised', () => {
    expect(webHref('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(webHref(' http://example.org ')).to.equal('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'ftp://x',
      '//x',
      '/relative',
      'mailto:a@example.org',
      'not a url',
      42,
      undefined,
      null,
      {},
    ]) {
      expect(webHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('percent-encodes bidi and control characters in a web link, and refuses a host made of them', () => {
    expect(webHref('https://example.org/\u202Eevil\u0007?q=\u2066x#\u200F')).to.equal(
      'https://example.org/%E2%80%AEevil%07?q=%E2%81%A6x#%E2%80%8F',
    );
    expect(webHref('https://exa\u202Emple.org/')).to.equal(undefined);
  });

  it('makes mailto: links of one plain address, with a subject when asked', () => {
    expect(mailtoHref(' info@example.org ')).to.equal('mailto:info@example.org');
    expect(mailtoHref('a@example.org', 'x y & z')).to.equal('mailto:a@example.org?subject=x%20y%20%26%20z');
    expect(mailtoHref('jürgen@stadt-müller.de')).to.equal('mailto:jürgen@stadt-müller.de');
  });

  it('refuses an address that carries mail headers, a second address, a name or an invisible character', () => {
    for (const bad of [
      'x@evil.example?bcc=victim%40corp.example&body=hi',
      'x@evil.example?bcc=victim@corp.example',
      'a@example.org&cc=b@example.org',
      'a@example.org#x',
      'a%40b@example.org',
      'a@example.org, b@example.org',
      'Info <info@example.org>',
      'in\u202Efo@example.org',
      'info@exam\u200Bple.org',
      'a@b',
      'a@.org',
      'a@example..org',
      'not an address',
      42,
    ]) {
      expect(mailtoHref(bad), String(bad)).to.equal(undefined);
      expect(EMAIL.test(String(bad)), String(bad)).to.equal(false);
    }
  });

  it('trims the spaces around an address, which the feed format does not allow', () => {
    expect(mailtoHref('info@example.org\n')).to.equal('mailto:info@example.org');
    expect(EMAIL.test('info@example.org\n')).to.equal(false);
  });

  it('is the rule of the feed format: LINK accepts mailto: exactly for addresses EMAIL accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('a@example.org', 'x@evil.example?bcc=y', 'in\u202Efo@example.org')), (address) => {
        expect(LINK.test(`mailto:${address}`)).to.equal(EMAIL.test(address));
      }),
    );
    expect(LINK.test('https://example.org/\u202E')).to.equal(false);
    expect(LINK.test('tel:+49 341\n123')).to.equal(false);
    expect(LINK.test('tel:+49 (0)341 123-4567')).to.equal(true);
  });

  it('never puts a control, bidi or invisible character in an href, whatever the text', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\u202E', '\u2066', '\u200F', '\u0000', '\n', '\u0085', '?', '&', '%', '@', '.', ':', '/'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const href of [
          webHref(`https://${a}`),
          webHref(`https://example.org/${a}`),
          mailtoHref(`${a}@${b}.org`),
          mailtoHref(a, b),
          telHref(a),
          mapHref(undefined, a),
          routeHref(undefined, a),
        ]) {
          if (href !== undefined) expect(href, JSON.stringify(href)).to.not.match(INVISIBLE);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a long URL at once (the pattern never tries the same characters twice)', () => {
    const long = `https://${'a'.repeat(200_000)}`;
    expect(LINK.test(`${long} `)).to.equal(false);
    expect(LINK.test(`${long}/${'b'.repeat(200_000)}`)).to.equal(true);
  });

  it('makes tel: links of the digits of a written number', () => {
    expect(telHref('+49 (0)341 123-4567')).to.equal('tel:+4903411234567');
    expect(telHref('+49 341\u202E 12')).to.equal('tel:+4934112');
    expect(telHref('call us')).to.equal(undefined);
  });

  it('links a place to OpenStreetMap and a map app by its coordinates, else by a search for its address', () => {
    expect(mapLinks({ lat: 51.3397, lon: 12.3731 })).to.deep.equal({
      geo: 'geo:51.3397,12.3731',
      osm: 'https://www.openstreetmap.org/?mlat=51.3397&mlon=12.3731#map=17/51.3397/12.3731',
    });
    expect(mapLinks({ lat: '51', lon: 12 })).to.equal(undefined);
    expect(mapLinks({ lat: 91, lon: 12 })).to.equal(undefined);
    expect(mapHref({ lat: 51.34, lon: 12.37 }, 'ignored')).to.equal(
      'https://www.openstreetmap.org/?mlat=51.34&mlon=12.37#map=17/51.34/12.37',
    );
    expect(mapHref(undefined, 'Rabet, Leipzig')).to.equal('https://www.openstreetmap.org/search?query=Rabet%2C%20Leipzig');
    // The way there: OpenStreetMap's directions to the point, else to the address as text; nothing without either.
    expect(routeHref({ lat: 51.34, lon: 12.37 }, 'ignored')).to.equal('https://www.openstreetmap.org/directions?to=51.34%2C12.37');
    expect(routeHref({ lat: 'x', lon: 12 }, 'Rabet 1, Leipzig')).to.equal(
      'https://www.openstreetmap.org/directions?to=Rabet%201%2C%20Leipzig',
    );
    expect(routeHref(undefined, '')).to.equal(undefined);
    expect(mapHref({ lat: Number.NaN, lon: 1 }, '')).to.equal(undefined);
  });
});

describe('addresses', () => {
  it('writes an address as lines or on one line, the country by name in the visitor’s language', () => {
    expect(addressLine({ street: 'Square de Meeûs 1', postalCode: '1000', city: 'Brussels', country: 'BE' }, 'en')).to.equal(
      'Square de Meeûs 1, 1000 Brussels, Belgium',
    );
    expect(addressLine({ street: 'Square de Meeûs 1', city: 'Brüssel', country: 'BE' }, 'de')).to.equal(
      'Square de Meeûs 1, Brüssel, Belgien',
    );
    expect(
      addressLines({ street: 'Nowowiejskiego 11', postalCode: '61-731', city: 'Poznań', district: 'Stare Miasto' }, 'pl'),
    ).to.deep.equal(['Nowowiejskiego 11', '61-731 Poznań']);
    expect(addressLine({ district: 'Grünau' }, 'de')).to.equal('Grünau');
    expect(addressLine(undefined, 'en')).to.equal('');
    expect(addressLines({ street: ' ', city: 5 } as never, 'en')).to.deep.equal([]);
  });
});
