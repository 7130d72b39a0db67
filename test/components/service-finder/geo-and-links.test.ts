import { expect } from '@open-wc/testing';
import { distanceKm, isLatLon, nearestKm } from '../../../src/components/service-finder/geo-distance.js';
import { mailtoHref, mapLinks, safeWebUrl, telHref } from '../../../src/components/service-finder/contact-links.js';

const leipzig = { lat: 51.3397, lon: 12.3731 };
const halle = { lat: 51.4825, lon: 11.9697 };

describe('geo distance (haversine)', () => {
  it('measures Leipzig–Halle as about 32 km and a point to itself as 0', () => {
    expect(distanceKm(leipzig, halle)).to.be.closeTo(32.3, 0.5);
    expect(distanceKm(leipzig, leipzig)).to.equal(0);
  });

  it('takes the nearest valid location and skips bad coordinates', () => {
    expect(nearestKm([{ geo: { lat: 'x' } }, { geo: halle }, { geo: leipzig }], leipzig)).to.equal(0);
    expect(nearestKm([{ geo: { lat: 91, lon: 0 } }, {}], leipzig)).to.equal(undefined);
    expect(isLatLon({ lat: NaN, lon: 1 })).to.equal(false);
  });
});

describe('contact links (only safe schemes)', () => {
  it('allows http(s) web links only', () => {
    expect(safeWebUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeWebUrl(' http://example.org ')).to.equal('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'ftp://x', '//x', 'not a url', 42]) {
      expect(safeWebUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('builds tel: and mailto: links from written numbers and addresses', () => {
    expect(telHref('+49 (0)341 123-4567')).to.equal('tel:+4903411234567');
    expect(telHref('call us')).to.equal(undefined);
    expect(mailtoHref(' info@example.org ')).to.equal('mailto:info@example.org');
    expect(mailtoHref('a@b')).to.equal(undefined);
    expect(mailtoHref('x@y.org?bcc=z@w.org')).to.equal(undefined);
  });

  it('gives geo: and OpenStreetMap links for valid coordinates only', () => {
    expect(mapLinks(leipzig)).to.deep.equal({
      geo: 'geo:51.3397,12.3731',
      osm: 'https://www.openstreetmap.org/?mlat=51.3397&mlon=12.3731#map=17/51.3397/12.3731',
    });
    expect(mapLinks({ lat: '51', lon: 12 })).to.equal(undefined);
  });
});
