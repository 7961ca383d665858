import { BackLink, ProblemMessage, useIdParam } from '@tiffin/slice-kit';
import { CatalogNotFound } from '../../../components/CatalogNotFound';
import { useRestaurant } from '../api/getRestaurant';
import { RestaurantMenu } from './RestaurantMenu';
import { OpenBadge } from './OpenBadge';

export function RestaurantPage() {
  const restaurantId = useIdParam('restaurantId');
  if (!restaurantId) return <CatalogNotFound />;
  return <RestaurantView restaurantId={restaurantId} />;
}

function RestaurantView({ restaurantId }: { restaurantId: string }) {
  const restaurant = useRestaurant(restaurantId);

  return (
    <section className="tk-page">
      <BackLink label="All restaurants" />
      {restaurant.isPending && (
        <p className="tk-muted" role="status">
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
            <h1 className="tk-title">{restaurant.data.name}</h1>
            <p className="cat-card-cuisine">{restaurant.data.cuisine}</p>
            <p className="tk-muted">{restaurant.data.address}</p>
            <OpenBadge open={restaurant.data.open} />
          </header>
          <RestaurantMenu restaurant={restaurant.data} />
        </>
      )}
    </section>
  );
}
