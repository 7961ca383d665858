import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { cancelOrder } from './routes/cancel-order';
import { getOrder } from './routes/get-order';
import { getOrderDetails } from './routes/get-order-details';
import { listKitchenTickets } from './routes/kitchen/list-kitchen-tickets';
import { moveKitchenTicket } from './routes/kitchen/move-kitchen-ticket';
import { listOrders } from './routes/list-orders';
import { listPaymentCards } from './routes/list-payment-cards';
import { liveOrders } from './routes/live-orders';
import { placeOrder } from './routes/place-order';

export type OrderBffOptions = BffOptions;

/**
 * The order slice's backend: placing orders, the cards to pay with, cancelling, following the
 * customer's own orders (the list from order-history, live), one order's details composed from the
 * services that know parts of it; and the restaurant staff's kitchen screen, since a ticket is the
 * kitchen's view of an order (the kitchen's tickets, named from the orders).
 */
export const buildApp: (options?: OrderBffOptions) => HttpApp = defineBff({
  name: 'order',
  routes: [
    placeOrder,
    getOrder,
    getOrderDetails,
    cancelOrder,
    listOrders,
    listPaymentCards,
    liveOrders,
    listKitchenTickets,
    moveKitchenTicket,
  ],
});
