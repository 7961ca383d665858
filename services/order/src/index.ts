export { createOrderService, type OrderService, type OrderServiceOptions } from './app';
export { orderSchema, orders, replicaMenuItems, replicaRestaurants } from './db/schema';
