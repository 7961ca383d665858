import { Link } from 'react-router';
import type { RestaurantListItem } from '@tiffin/contracts';
import { OpenBadge } from './OpenBadge';

export function RestaurantCard({ restaurant }: { restaurant: RestaurantListItem }) {
  return (
    <article className="tk-card cat-card">
      <h2 className="cat-card-title">
        <Link className="cat-card-link" to={restaurant.id}>
          {restaurant.name}
        </Link>
      </h2>
      <p className="cat-card-cuisine">{restaurant.cuisine}</p>
      <p className="tk-muted">{restaurant.address}</p>
      {restaurant.matchingDishes && restaurant.matchingDishes.length > 0 && (
        <p className="cat-card-matches">
          Matching {restaurant.matchingDishes.length === 1 ? 'dish' : 'dishes'}: {restaurant.matchingDishes.join(', ')}
        </p>
      )}
      <OpenBadge open={restaurant.open} />
    </article>
  );
}
