import { clampToCity, type Point } from '@tiffin/demo-city';

/** Metres per degree of latitude, and of longitude at the equator: close enough for a ride across town. */
const metresPerDegreeLatitude = 110_574;
const metresPerDegreeLongitude = 111_320;

export interface DeviceFix {
  latitude: number;
  longitude: number;
}

/**
 * Where the device is in Tiffin Town. The demo city is on no real map, so the device's movements
 * since its first fix are laid from `anchor` (where the map last saw the courier): walk 200 m north
 * and the courier moves 200 m north on the map, kept within the city.
 */
export function onCityPlan(anchor: Point, first: DeviceFix, now: DeviceFix): Point {
  const east = (now.longitude - first.longitude) * metresPerDegreeLongitude * Math.cos((first.latitude * Math.PI) / 180);
  const north = (now.latitude - first.latitude) * metresPerDegreeLatitude;
  return clampToCity({ x: anchor.x + east, y: anchor.y - north });
}
