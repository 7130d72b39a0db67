import { expect } from '@open-wc/testing';
import { distanceKm, isLatLon, nearestKm } from '../../../src/components/service-finder/geo-distance.js';

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
