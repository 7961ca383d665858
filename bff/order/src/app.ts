import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { cancelOrder } from './routes/cancel-order';
import { getOrder } from './routes/get-order';
import { listOrders } from './routes/list-orders';
import { listPaymentCards } from './routes/list-payment-cards';
import { liveOrders } from './routes/live-orders';
import { placeOrder } from './routes/place-order';

export type OrderBffOptions = BffOptions;

/**
 * The order slice's backend: placing orders, the cards to pay with, cancelling, and following the
 * customer's own orders (the list from order-history).
 */
export const buildApp: (options?: OrderBffOptions) => HttpApp = defineBff({
  name: 'order-bff',
  service: 'order',
  alsoCalls: ['consumer', 'order-history'],
  routes: [placeOrder, getOrder, cancelOrder, listOrders, listPaymentCards, liveOrders],
});
