import type { Restaurant } from '@tiffin/contracts';
import { useAddToCart } from '../../cart/useAddToCart';
import { MenuItemRow } from './MenuItemRow';
import { ReplaceCartDialog } from './ReplaceCartDialog';

export function RestaurantMenu({ restaurant }: { restaurant: Restaurant }) {
  const { add, pending, confirmReplace, cancelReplace } = useAddToCart(restaurant);

  return (
    <section aria-labelledby="cat-menu-heading">
      <h2 id="cat-menu-heading" className="tk-subtitle">
        Menu
      </h2>
      {!restaurant.open && <p className="tk-notice tk-tone-warning">{restaurant.name} is closed right now. You can look, but not order.</p>}
      {restaurant.menu.length === 0 ? (
        <p className="tk-empty">This restaurant has not published a menu yet.</p>
      ) : (
        <ul className="tk-list" aria-label={`${restaurant.name} menu`}>
          {restaurant.menu.map((item) => (
            <li key={item.id}>
              <MenuItemRow item={item} orderable={restaurant.open && item.available} onAdd={() => add(item)} />
            </li>
          ))}
        </ul>
      )}
      <ReplaceCartDialog
        open={pending !== null}
        currentRestaurantName={pending?.currentRestaurantName ?? ''}
        newRestaurantName={restaurant.name}
        onConfirm={confirmReplace}
        onCancel={cancelReplace}
      />
    </section>
  );
}
