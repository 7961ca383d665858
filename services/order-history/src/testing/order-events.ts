import { createMessage, type Message } from '@tiffin/messages';

/** The events of one order, as its owners publish them, `minutesAgo` apart so their times differ. */
export function anOrdersEvents(options: { consumerId?: string; placedMinutesAgo?: number } = {}) {
  const orderId = crypto.randomUUID();
  const consumerId = options.consumerId ?? crypto.randomUUID();
  const restaurantId = crypto.randomUUID();
  const placedAt = Date.now() - (options.placedMinutesAgo ?? 10) * 60_000;
  const at = (seconds: number) => new Date(placedAt + seconds * 1000).toISOString();
  const timed = <M extends Message>(message: M, seconds: number): M => ({ ...message, occurredAt: at(seconds) });
  const lines = [{ menuItemId: crypto.randomUUID(), name: 'Paneer Tikka', quantity: 2, unitPriceCents: 1395 }];
  const place = {
    restaurantId,
    restaurantName: 'Bombay Tiffin House',
    deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    totalCents: 2790,
  };
  return {
    orderId,
    consumerId,
    created: timed(createMessage('OrderCreated', 'order', { orderId, consumerId, ...place, lines }), 0),
    approved: timed(
      createMessage('OrderApproved', 'order', { orderId, consumerId, ...place, pickupAddress: '42 St Marks Pl, New York, NY 10003' }),
      2,
    ),
    rejected: timed(createMessage('OrderRejected', 'order', { orderId, consumerId, reason: 'Paneer Tikka is no longer available' }), 2),
    scheduled: timed(createMessage('DeliveryScheduled', 'delivery', { deliveryId: crypto.randomUUID(), orderId, consumerId }), 3),
    cancelled: timed(createMessage('OrderCancelled', 'order', { orderId, consumerId }), 60),
  };
}
