import { avenues, avenueSpacingMetres, streets, streetSpacingMetres, type Point } from './city';

const onAvenue = (point: Point) => point.x % avenueSpacingMetres === 0;
const onStreet = (point: Point) => point.y % streetSpacingMetres === 0;

/** The nearest point on a road: a courier's reported position may be between two. */
export function onNearestRoad(point: Point): Point {
  const avenueX = Math.round(point.x / avenueSpacingMetres) * avenueSpacingMetres;
  const streetY = Math.round(point.y / streetSpacingMetres) * streetSpacingMetres;
  return Math.abs(point.x - avenueX) <= Math.abs(point.y - streetY) ? { x: avenueX, y: point.y } : { x: point.x, y: streetY };
}

/** Of the lines at `lines`, the one that makes the detour from `a` to `b` through it shortest. */
function bestCrossing(a: number, b: number, lines: readonly number[]): number {
  return lines.reduce((best, line) => (Math.abs(a - line) + Math.abs(b - line) < Math.abs(a - best) + Math.abs(b - best) ? line : best));
}

/**
 * The shortest ride from `from` to `to` along the roads, as the corners it turns at: the points are
 * put on their nearest road first. On a grid the ride is as long as the two sides of the corner
 * between them, unless both are on parallel roads with no crossing road between them.
 */
export function ride(from: Point, to: Point): Point[] {
  const a = onNearestRoad(from);
  const b = onNearestRoad(to);
  if ((onStreet(a) && onStreet(b) && a.y === b.y) || (onAvenue(a) && onAvenue(b) && a.x === b.x)) return [a, b];
  if (onStreet(a) && onAvenue(b)) return [a, { x: b.x, y: a.y }, b];
  if (onAvenue(a) && onStreet(b)) return [a, { x: a.x, y: b.y }, b];
  if (onStreet(a)) {
    const x = bestCrossing(a.x, b.x, avenues.map((avenue) => avenue.x));
    return [a, { x, y: a.y }, { x, y: b.y }, b];
  }
  const y = bestCrossing(a.y, b.y, streets.map((street) => street.y));
  return [a, { x: a.x, y }, { x: b.x, y }, b];
}

function legLength(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

/** How far a ride along `route` is, in metres. */
export function rideLength(route: readonly Point[]): number {
  return route.slice(1).reduce((total, point, index) => total + legLength(route[index]!, point), 0);
}

/** How far the ride from `from` to `to` along the roads is, in metres. */
export function rideDistance(from: Point, to: Point): number {
  return rideLength(ride(from, to));
}

/** Where a courier is after riding `metres` along `route`; its end once they have ridden it all. */
export function pointAlong(route: readonly Point[], metres: number): Point {
  let left = Math.max(0, metres);
  for (let i = 1; i < route.length; i++) {
    const from = route[i - 1]!;
    const to = route[i]!;
    const leg = legLength(from, to);
    if (left <= leg && leg > 0) {
      const share = left / leg;
      return { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
    }
    left -= leg;
  }
  return route.at(-1) ?? { x: 0, y: 0 };
}

/** The name of the road a point is on (its nearest), as a person would say where a courier is. */
export function roadAt(point: Point): string {
  const onRoad = onNearestRoad(point);
  if (onAvenue(onRoad)) return avenues[Math.round(onRoad.x / avenueSpacingMetres)]?.name ?? 'the edge of town';
  return streets[Math.round(onRoad.y / streetSpacingMetres)]?.name ?? 'the edge of town';
}
