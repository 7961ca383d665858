import { createMessage, type Message, type MessagePayload } from '@tiffin/messages';

/** An OrderApproved as the order service publishes it, for a new order and customer unless told. */
export function anOrderApproved(overrides: Partial<MessagePayload<'OrderApproved'>> = {}): Message<'OrderApproved'> {
  return createMessage('OrderApproved', 'order', {
    orderId: crypto.randomUUID(),
    consumerId: crypto.randomUUID(),
    restaurantId: crypto.randomUUID(),
    restaurantName: 'Sakura Noodle Bar',
    pickupAddress: '42 St Marks Pl, New York, NY 10003',
    deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    totalCents: 3300,
    ...overrides,
  });
}
