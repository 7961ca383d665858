import { z } from 'zod';
import { cents, id } from './common';
import { freeText } from './text';

export const menuItem = z.object({
  id,
  restaurantId: id,
  name: z.string().min(1),
  description: z.string(),
  priceCents: cents,
  available: z.boolean(),
});
export type MenuItem = z.infer<typeof menuItem>;

export const restaurantSummary = z.object({
  id,
  name: z.string().min(1),
  cuisine: z.string(),
  address: z.string(),
  open: z.boolean(),
});
export type RestaurantSummary = z.infer<typeof restaurantSummary>;

export const restaurant = restaurantSummary.extend({ menu: z.array(menuItem) });
export type Restaurant = z.infer<typeof restaurant>;

/** catalog service and catalog BFF: GET /restaurants?q= (words of a dish, cuisine or restaurant name) */
export const restaurantQuery = z.object({ q: freeText().trim().max(100).optional() });
/** A restaurant in a list; a search also says which of its dishes matched the words. */
export const restaurantListItem = restaurantSummary.extend({
  /** With ?q=: the names of its dishes that matched a word of the search, in menu order (may be empty). */
  matchingDishes: z.array(z.string()).optional(),
});
export type RestaurantListItem = z.infer<typeof restaurantListItem>;
export const restaurantList = z.array(restaurantListItem);
/** catalog service and catalog BFF: GET /restaurants/:restaurantId */
export const restaurantParams = z.object({ restaurantId: id });

/** catalog service (restaurant staff): PATCH /restaurants/:restaurantId opens or closes the restaurant. */
export const restaurantChange = z.object({ open: z.boolean() }).strict();
export type RestaurantChange = z.infer<typeof restaurantChange>;

/** The dearest a dish may be: a price above it is a typo, not a dish. */
export const menuItemMaxPriceCents = 100_000;

/** catalog service (restaurant staff): PATCH /restaurants/:restaurantId/menu-items/:menuItemId */
export const menuItemParams = restaurantParams.extend({ menuItemId: id });
export const menuItemChange = z
  .object({
    name: freeText().trim().min(1, 'enter the dish’s name').max(100, 'at most 100 characters').optional(),
    description: freeText().max(500, 'at most 500 characters').optional(),
    priceCents: cents.max(menuItemMaxPriceCents, 'at most 100000 cents ($1,000.00)').optional(),
    available: z.boolean().optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'say what changes: name, description, priceCents or available' });
export type MenuItemChange = z.infer<typeof menuItemChange>;

/**
 * catalog BFF (restaurant staff): GET and PATCH /staff/restaurant, PATCH /staff/menu-items/:menuItemId.
 * Same bodies as the service's; the restaurant is the caller's own, never an id the browser sends.
 */
export const staffMenuItemParams = z.object({ menuItemId: id });
