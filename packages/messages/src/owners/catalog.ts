import { z } from 'zod';
import { id, cents, menuItem } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** The catalog: the menus it publishes, and its part of the create-order saga. */
export const catalogMessages = {
  owner: 'catalog',
  payloads: {
    /** catalog → anyone keeping a menu replica (order). Carries the whole current menu. */
    RestaurantMenuPublished: z.object({
      restaurantId: id,
      name: z.string(),
      address: z.string(),
      open: z.boolean(),
      menu: z.array(menuItem.omit({ restaurantId: true, description: true })),
    }),
    /** create-order saga (order) → catalog: check the restaurant can take these lines now. */
    ValidateOrderDetails: z.object({
      orderId: id,
      restaurantId: id,
      lines: z.array(z.object({ menuItemId: id, quantity: z.number().int().min(1), unitPriceCents: cents })),
    }),
    /** catalog → create-order saga: reply to ValidateOrderDetails. */
    OrderDetailsValidated: z.object({ orderId: id }),
    OrderDetailsRejected: z.object({ orderId: id, reason: z.string() }),
  },
  commandReplies: { ValidateOrderDetails: ['OrderDetailsValidated', 'OrderDetailsRejected'] },
  queues: { 'catalog.validate-order': ['ValidateOrderDetails'] },
} as const satisfies OwnerMessages;
