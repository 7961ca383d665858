import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { anOrdersEvents } from '../testing/order-events';
import { foldOrder } from './fold-order';
import type { ProjectedEvent } from './projected-events';

/** Where the customer's money is, as the view folds it from accounting's events and the order's own. */
describe('folding the payment of an order', () => {
  const order = anOrdersEvents();
  const { orderId } = order;
  const authorizationId = crypto.randomUUID();
  const deliveryId = order.scheduled.payload.deliveryId;
  const money = { orderId, authorizationId, amountCents: 2790 };
  const delivered = createMessage('DeliveryDelivered', 'delivery', { orderId, deliveryId });
  const captured = createMessage('PaymentCaptured', 'accounting', money);
  const refunded = createMessage('PaymentRefunded', 'accounting', money);
  const released = createMessage('PaymentReleased', 'accounting', money);
  const fold = (...events: Message[]) => foldOrder(orderId, events as ProjectedEvent[])?.payment;

  it('holds nothing while the order is being placed', () => {
    expect(fold(order.created)).toBeNull();
  });

  it('holds the total once the order is approved, and still at delivery until accounting charges it', () => {
    expect(fold(order.created, order.approved)).toEqual({ status: 'AUTHORIZED', amountCents: 2790 });
    expect(fold(order.created, order.approved, order.scheduled, delivered)).toEqual({ status: 'AUTHORIZED', amountCents: 2790 });
  });

  it('shows the charge, then the refund, whatever order accounting’s and the courier’s events come in', () => {
    expect(fold(captured, delivered, order.approved, order.created)).toEqual({ status: 'CAPTURED', amountCents: 2790 });
    expect(fold(refunded, order.created, captured, order.approved, delivered)).toEqual({ status: 'REFUNDED', amountCents: 2790 });
  });

  it('shows a cancelled order’s hold released, before accounting’s PaymentReleased comes and after', () => {
    expect(fold(order.created, order.approved, order.cancelled)).toEqual({ status: 'REVERSED', amountCents: 2790 });
    expect(fold(released, order.created, order.approved, order.cancelled)).toEqual({ status: 'REVERSED', amountCents: 2790 });
  });

  it('shows a rejected order as holding nothing, unless accounting says it released a hold', () => {
    expect(fold(order.created, order.rejected)).toBeNull();
    expect(fold(order.created, order.rejected, released)).toEqual({ status: 'REVERSED', amountCents: 2790 });
  });
});
