/**
 * Tiffin Town, the city the demo delivers in: a grid of avenues (north to south) and streets (west
 * to east) on a plan in metres, x growing east and y growing south from the north-west corner. Drawn
 * by the slices as an SVG (no tile server), and used by the delivery service to measure a ride.
 */
export interface Point {
  x: number;
  y: number;
}

export const cityWidthMetres = 3_200;
export const cityHeightMetres = 2_400;
export const avenueSpacingMetres = 400;
export const streetSpacingMetres = 200;

/** West to east, one every avenueSpacingMetres from x = 0. */
export const avenueNames = [
  'Harbour Avenue',
  'Saffron Avenue',
  'Mill Avenue',
  'Lantern Avenue',
  'Market Avenue',
  'Orchard Avenue',
  'Foundry Avenue',
  'Tamarind Avenue',
  'Ridge Avenue',
] as const;

/** North to south, one every streetSpacingMetres from y = 0. */
export const streetNames = [
  'North Street',
  'Cardamom Street',
  'Clove Street',
  'Ginger Street',
  'Fennel Street',
  'Nutmeg Street',
  'Cumin Street',
  'Pepper Street',
  'Sesame Street',
  'Mustard Street',
  'Anise Street',
  'Sumac Street',
  'South Street',
] as const;

export const avenues = avenueNames.map((name, index) => ({ name, x: index * avenueSpacingMetres }));
export const streets = streetNames.map((name, index) => ({ name, y: index * streetSpacingMetres }));

/** What is drawn between the roads: a park and the harbour along the west edge (nothing routes through them). */
export const landmarks = {
  park: { name: 'Tiffin Park', x: 1_200, y: 600, width: 400, height: 200 },
  harbour: { name: 'The Harbour', x: -300, y: 0, width: 300, height: cityHeightMetres },
} as const;

export function isInCity({ x, y }: Point): boolean {
  return x >= 0 && x <= cityWidthMetres && y >= 0 && y <= cityHeightMetres;
}

/** The point of the city nearest to `point`: a position reported from outside it is shown at its edge. */
export function clampToCity({ x, y }: Point): Point {
  return { x: Math.min(cityWidthMetres, Math.max(0, x)), y: Math.min(cityHeightMetres, Math.max(0, y)) };
}
