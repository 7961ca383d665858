import type { DeliveryTracking } from '@tiffin/contracts';
import { avenues, cityHeightMetres, cityWidthMetres, landmarks, ride, rideDistance, roadAt, streets, type Point } from '@tiffin/demo-city';

/** Room around the city on the plan, in metres: the harbour on the west, the markers' labels. */
const margin = 120;
const viewBox = [landmarks.harbour.x - margin, -margin, cityWidthMetres - landmarks.harbour.x + 2 * margin, cityHeightMetres + 2 * margin].join(' ');
const asPoints = (points: readonly Point[]) => points.map(({ x, y }) => `${x},${y}`).join(' ');

/** The road still ahead of the food: to the restaurant first while nobody has picked it up. */
function rideAhead(tracking: DeliveryTracking): Point[] {
  const { pickup, dropOff, courier, delivery } = tracking;
  if (delivery.status === 'PICKED_UP') return ride(courier?.at ?? pickup, dropOff);
  if (delivery.status === 'DELIVERED' || delivery.status === 'CANCELLED') return [];
  return [...(courier ? ride(courier.at, pickup) : []), ...ride(pickup, dropOff)];
}

function whereTheCourierIs(tracking: DeliveryTracking): string {
  const { courier, dropOff } = tracking;
  if (!courier) return 'No courier on the map yet.';
  const km = (rideDistance(courier.at, dropOff) / 1000).toFixed(1);
  return `Your courier is on ${roadAt(courier.at)}, ${km} km from your door.`;
}

/**
 * Tiffin Town drawn from its plan (no tile server): its roads, the restaurant, the customer's door,
 * the road ahead, the ride so far and the courier where their screen last said they were.
 */
export function CityMap({ tracking }: { tracking: DeliveryTracking }) {
  const { pickup, dropOff, courier, trail } = tracking;
  const { park, harbour } = landmarks;
  const titleId = `dlv-map-${tracking.delivery.id}`;
  return (
    <figure className="dlv-map-figure">
      <svg className="dlv-map" viewBox={viewBox} role="img" aria-labelledby={titleId}>
        <title id={titleId}>Map of Tiffin Town. {whereTheCourierIs(tracking)}</title>
        <rect className="dlv-map-water" x={harbour.x} y={harbour.y} width={harbour.width} height={harbour.height} />
        <rect className="dlv-map-park" x={park.x} y={park.y} width={park.width} height={park.height} />
        <text className="dlv-map-label" x={park.x + park.width / 2} y={park.y + park.height / 2}>
          {park.name}
        </text>
        <text className="dlv-map-label dlv-map-label-upright" x={harbour.x + harbour.width / 2} y={cityHeightMetres / 2}>
          {harbour.name}
        </text>
        {avenues.map((avenue) => (
          <line key={avenue.name} className="dlv-map-road" x1={avenue.x} y1={0} x2={avenue.x} y2={cityHeightMetres} />
        ))}
        {streets.map((street) => (
          <line key={street.name} className="dlv-map-road" x1={0} y1={street.y} x2={cityWidthMetres} y2={street.y} />
        ))}
        <polyline className="dlv-map-ahead" points={asPoints(rideAhead(tracking))} />
        <polyline className="dlv-map-trail" points={asPoints(trail.map((position) => position.at))} />
        <g role="img" aria-label="Restaurant">
          <circle className="dlv-map-restaurant" cx={pickup.x} cy={pickup.y} r={45} />
        </g>
        <g role="img" aria-label="Your door">
          <circle className="dlv-map-door" cx={dropOff.x} cy={dropOff.y} r={45} />
        </g>
        {courier && (
          <g role="img" aria-label="Courier">
            <circle className="dlv-map-courier" cx={courier.at.x} cy={courier.at.y} r={55} />
          </g>
        )}
      </svg>
      <figcaption className="tk-muted">
        {whereTheCourierIs(tracking)} <span className="dlv-map-key dlv-map-key-restaurant">Restaurant</span>{' '}
        <span className="dlv-map-key dlv-map-key-door">Your door</span>
      </figcaption>
    </figure>
  );
}
