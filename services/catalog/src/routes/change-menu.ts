import { menuItemChange, menuItemParams, problem, restaurant, restaurantChange, restaurantParams } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { CatalogContext } from '../context';
import { changeMenuItem, changeRestaurant } from '../menu/menu-edits';
import { findRestaurant } from '../menu/restaurant-reads';

/** Restaurant staff open or close their restaurant and edit dishes; each answers the restaurant as it is now. */
export function changeMenuRoutes(app: HttpApp, context: CatalogContext): void {
  // The new menu's message was handed to the relay when the change committed: no wake needed.
  const restaurantNow = async (restaurantId: string) => {
    const found = await findRestaurant(context.db, restaurantId);
    if (!found) throw new NotFoundError(`restaurant ${restaurantId} does not exist`);
    return found;
  };

  app.patch(
    '/restaurants/:restaurantId',
    { schema: { params: restaurantParams, body: restaurantChange, response: { 200: restaurant, 400: problem, 404: problem } } },
    async (request) => {
      const { restaurantId } = request.params;
      if (!(await changeRestaurant(context.db, restaurantId, request.body, request.id))) {
        throw new NotFoundError(`restaurant ${restaurantId} does not exist`);
      }
      return restaurantNow(restaurantId);
    },
  );

  app.patch(
    '/restaurants/:restaurantId/menu-items/:menuItemId',
    { schema: { params: menuItemParams, body: menuItemChange, response: { 200: restaurant, 400: problem, 404: problem } } },
    async (request) => {
      const { restaurantId, menuItemId } = request.params;
      if (!(await changeMenuItem(context.db, { restaurantId, menuItemId }, request.body, request.id))) {
        throw new NotFoundError(`restaurant ${restaurantId} has no menu item ${menuItemId}`);
      }
      return restaurantNow(restaurantId);
    },
  );
}
