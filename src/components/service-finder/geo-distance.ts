import { isLatLon, type LatLon } from '../../links/links.js';

export { isLatLon, type LatLon };

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine; plenty for "how far is the office"). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance to the nearest of a service's locations that has valid coordinates. */
export function nearestKm(locations: readonly { geo?: unknown }[] | undefined, from: LatLon): number | undefined {
  let best: number | undefined;
  for (const loc of locations ?? []) {
    if (!isLatLon(loc?.geo)) continue;
    const d = distanceKm(from, loc.geo);
    if (best === undefined || d < best) best = d;
  }
  return best;
}
