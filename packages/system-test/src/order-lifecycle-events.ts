import { createMessage } from '@tiffin/messages';

/**
 * The events of one order as its owners publish them, for tests that feed the order-history view
 * straight through the broker (a BFF's live stream) without placing an order through every service.
 */
export function orderLifecycleEvents(options: { consumerId: string; restaurantId: string }) {
  const { consumerId, restaurantId } = options;
  const orderId = crypto.randomUUID();
  const deliveryId = crypto.randomUUID();
  const ticketId = crypto.randomUUID();
  const place = { restaurantId, restaurantName: 'Bombay Tiffin House', deliveryAddress: '77 Hudson St, Jersey City, NJ 07302', totalCents: 2790 };
  return {
    orderId,
    created: createMessage('OrderCreated', 'order', {
      orderId,
      consumerId,
      ...place,
      lines: [{ menuItemId: crypto.randomUUID(), name: 'Paneer Tikka', quantity: 2, unitPriceCents: 1395 }],
    }),
    approved: createMessage('OrderApproved', 'order', { orderId, consumerId, ...place, pickupAddress: '42 St Marks Pl, New York, NY 10003' }),
    scheduled: createMessage('DeliveryScheduled', 'delivery', { deliveryId, orderId, consumerId }),
    accepted: createMessage('TicketAccepted', 'kitchen', { orderId, ticketId }),
    taken: (courierId: string) => createMessage('CourierAssigned', 'delivery', { orderId, deliveryId, courierId }),
  };
}
