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

/** catalog service and catalog BFF: GET /restaurants?q= */
export const restaurantQuery = z.object({ q: freeText().trim().max(100).optional() });
export const restaurantList = z.array(restaurantSummary);
/** catalog service and catalog BFF: GET /restaurants/:restaurantId */
export const restaurantParams = z.object({ restaurantId: id });
