import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { anOrdersEvents } from '../testing/order-events';
import { foldOrder } from './fold-order';
import type { ProjectedEvent } from './projected-events';

/**
 * Each service stamps its events with its own clock, and clocks disagree: the kitchen's or the
 * courier's step can carry an earlier time than the order's approval it followed. The fold orders
 * events by where they belong in an order's life (stage) before time, so such a step still wins.
 */
describe('folding an order whose owners’ clocks disagree', () => {
  const order = anOrdersEvents();
  const ticketId = crypto.randomUUID();
  const deliveryId = order.scheduled.payload.deliveryId;
  /** An event stamped `secondsBeforeApproval` before the order service's approval time. */
  const behind = <M extends Message>(message: M, secondsBeforeApproval: number): M => ({
    ...message,
    occurredAt: new Date(Date.parse(order.approved.occurredAt) - secondsBeforeApproval * 1000).toISOString(),
  });
  const fold = (...events: Message[]) => foldOrder(order.orderId, events as ProjectedEvent[]);

  it('shows the kitchen’s acceptance, though the kitchen’s clock put it before the approval', () => {
    const accepted = behind(createMessage('TicketAccepted', 'kitchen', { orderId: order.orderId, ticketId }), 1);
    expect(fold(order.created, order.approved, accepted)?.status).toBe('ACCEPTED');
    // Whatever order they arrive in.
    expect(fold(accepted, order.approved, order.created)?.status).toBe('ACCEPTED');
  });

  it('shows the pick-up, though the courier’s clock put it before the food was ready', () => {
    const ready = createMessage('TicketReady', 'kitchen', { orderId: order.orderId, ticketId });
    const pickedUp = behind(createMessage('DeliveryPickedUp', 'delivery', { orderId: order.orderId, deliveryId }), 2);
    expect(fold(order.created, order.approved, order.scheduled, ready, pickedUp)?.status).toBe('PICKED_UP');
  });

  it('lists the timeline by each event’s own time, as the customer reads it', () => {
    const accepted = behind(createMessage('TicketAccepted', 'kitchen', { orderId: order.orderId, ticketId }), 1);
    const entry = fold(order.created, order.approved, accepted);
    expect(entry?.events.map((event) => event.type)).toEqual(['OrderCreated', 'TicketAccepted', 'OrderApproved']);
  });
});
