/**
 * "Near me": the visitor's position, asked of the browser only when they press the button, kept in
 * the widget (never in an event, a URL or a request). Refused or unavailable, the finder offers a
 * postal code or district instead.
 *
 * @module
 */
import type { LatLon } from './geo-distance.js';

export type GeoState = 'off' | 'asking' | 'on' | 'denied';

export class NearMe {
  state: GeoState = 'off';
  /** Set while `state` is 'on'. */
  position: LatLon | undefined;
  readonly #changed: (state: GeoState) => void;

  /** `changed` hears every change of state (the widget re-renders, and says or focuses what follows). */
  constructor(changed: (state: GeoState) => void) {
    this.#changed = changed;
  }

  #set(state: GeoState, position?: LatLon): void {
    this.state = state;
    this.position = position;
    this.#changed(state);
  }

  locate(): void {
    const failed = (): void => this.#set('denied');
    if (!navigator.geolocation) return failed();
    this.#set('asking');
    navigator.geolocation.getCurrentPosition((p) => this.#set('on', { lat: p.coords.latitude, lon: p.coords.longitude }), failed, {
      timeout: 15_000,
      maximumAge: 600_000,
    });
  }

  stop(): void {
    this.#set('off');
  }
}
