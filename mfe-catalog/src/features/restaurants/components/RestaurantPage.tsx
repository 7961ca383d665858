import { Link, useParams } from 'react-router';
import { id } from '@tiffin/contracts';
import { NotFound } from '../../../components/NotFound';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { useSlice } from '../../../app/sliceContext';
import { useRestaurant } from '../api/getRestaurant';
import { RestaurantMenu } from './RestaurantMenu';
import { OpenBadge } from './OpenBadge';

export function RestaurantPage() {
  const { restaurantId = '' } = useParams();
  if (!id.safeParse(restaurantId).success) return <NotFound />;
  return <RestaurantView restaurantId={restaurantId} />;
}

function RestaurantView({ restaurantId }: { restaurantId: string }) {
  const { basename } = useSlice();
  const restaurant = useRestaurant(restaurantId);

  return (
    <section className="cat-page">
      <Link className="cat-back" to={basename}>
        ← All restaurants
      </Link>
      {restaurant.isPending && (
        <p className="cat-muted" role="status">
          Loading the menu…
        </p>
      )}
      {restaurant.isError && (
        <ProblemMessage
          title="This restaurant could not be loaded."
          error={restaurant.error}
          onRetry={() => void restaurant.refetch()}
        />
      )}
      {restaurant.data && (
        <>
          <header className="cat-restaurant-header">
            <h1 className="cat-title">{restaurant.data.name}</h1>
            <p className="cat-card-cuisine">{restaurant.data.cuisine}</p>
            <p className="cat-muted">{restaurant.data.address}</p>
            <OpenBadge open={restaurant.data.open} />
          </header>
          <RestaurantMenu restaurant={restaurant.data} />
        </>
      )}
    </section>
  );
}
