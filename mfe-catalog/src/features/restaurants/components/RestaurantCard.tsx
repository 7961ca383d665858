import { Link } from 'react-router';
import type { RestaurantSummary } from '@tiffin/contracts';
import { OpenBadge } from './OpenBadge';

export function RestaurantCard({ restaurant }: { restaurant: RestaurantSummary }) {
  return (
    <article className="tk-card cat-card">
      <h2 className="cat-card-title">
        <Link className="cat-card-link" to={restaurant.id}>
          {restaurant.name}
        </Link>
      </h2>
      <p className="cat-card-cuisine">{restaurant.cuisine}</p>
      <p className="tk-muted">{restaurant.address}</p>
      <OpenBadge open={restaurant.open} />
    </article>
  );
}
