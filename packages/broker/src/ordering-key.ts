import type { Message } from '@tiffin/messages';

/**
 * Messages about one aggregate must be handled in the order they arrived (a saga's replies, a
 * restaurant's menus); messages about different aggregates may run side by side. The key is the
 * order, else the restaurant, else the message itself (no ordering needed).
 */
export function orderingKeyOf(message: Message): string {
  const payload = message.payload as { orderId?: unknown; restaurantId?: unknown };
  if (typeof payload.orderId === 'string') return `order:${payload.orderId}`;
  if (typeof payload.restaurantId === 'string') return `restaurant:${payload.restaurantId}`;
  return `message:${message.id}`;
}
