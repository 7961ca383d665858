import { ProblemMessage } from '@tiffin/slice-kit';
import { useOwnRestaurant } from '../api/getOwnRestaurant';
import { DishEditor } from './DishEditor';
import { OpenOrClosed } from './OpenOrClosed';

/** Restaurant staff's menu manager: open or close, and every dish of the menu, sold-out ones too. */
export function MenuManagerPage() {
  const restaurant = useOwnRestaurant();

  return (
    <section className="tk-page" aria-labelledby="cat-manage-heading">
      {restaurant.isPending && (
        <p className="tk-muted" role="status">
          Loading your menu…
        </p>
      )}
      {restaurant.isError && (
        <ProblemMessage title="Your menu could not be loaded." error={restaurant.error} onRetry={() => void restaurant.refetch()} />
      )}
      {restaurant.data && (
        <>
          <header className="cat-restaurant-header">
            <h1 id="cat-manage-heading" className="tk-title">
              Your menu
            </h1>
            <p className="cat-card-cuisine">{restaurant.data.name}</p>
            <p className="tk-muted">Changes reach customers within a second of saving.</p>
          </header>
          <OpenOrClosed restaurant={restaurant.data} />
          <ul className="tk-list" aria-label="Dishes">
            {restaurant.data.menu.map((item) => (
              <li key={item.id}>
                <DishEditor item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
