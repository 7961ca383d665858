export { createOrderService, type OrderService, type OrderServiceOptions } from './app';
export { orderSchema, orders, createOrderSagas, replicaMenuItems, replicaRestaurants } from './db/schema';
