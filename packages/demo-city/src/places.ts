import { avenueSpacingMetres, cityHeightMetres, cityWidthMetres, streetSpacingMetres, type Point } from './city';

/** FNV-1a: a stable, well-spread 32-bit number for a text, the same in every process and browser. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const roundTo = (metres: number, step: number) => Math.round(metres / step) * step;

/**
 * Where an address is in Tiffin Town. The demo has no geocoder: each address text has its own place
 * on a road, always the same (the same address, spelt the same, is the same door), so restaurants and
 * customers' doors are spread over the city and a ride can be measured and drawn.
 */
export function placeAddress(address: string): Point {
  const hash = hashOf(address.trim().toLowerCase().replace(/\s+/g, ' '));
  const alongAvenue = (hash & 1) === 1;
  const road = (hash >>> 1) % 64;
  const along = ((hash >>> 7) % 1000) / 1000;
  if (alongAvenue) {
    const avenues = cityWidthMetres / avenueSpacingMetres + 1;
    return { x: (road % avenues) * avenueSpacingMetres, y: roundTo(along * cityHeightMetres, 10) };
  }
  const streets = cityHeightMetres / streetSpacingMetres + 1;
  return { x: roundTo(along * cityWidthMetres, 10), y: (road % streets) * streetSpacingMetres };
}
