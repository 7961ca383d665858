import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { cancelOrder } from './routes/cancel-order';
import { getOrder } from './routes/get-order';
import { getOrderDetails } from './routes/get-order-details';
import { listOrders } from './routes/list-orders';
import { listPaymentCards } from './routes/list-payment-cards';
import { placeOrder } from './routes/place-order';

export type OrderBffOptions = BffOptions;

/**
 * The order slice's backend: placing orders, the cards to pay with, cancelling, following the
 * customer's own orders (the list from order-history), and one order's details composed from the
 * services that know parts of it.
 */
export const buildApp: (options?: OrderBffOptions) => HttpApp = defineBff({
  name: 'order-bff',
  service: 'order',
  alsoCalls: ['consumer', 'order-history', 'catalog', 'delivery', 'accounting'],
  routes: [placeOrder, getOrder, getOrderDetails, cancelOrder, listOrders, listPaymentCards],
});
