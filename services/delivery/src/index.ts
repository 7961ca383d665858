export { createDeliveryService, type DeliveryService, type DeliveryServiceOptions } from './app';
export { deliverySchema, deliveries } from './db/schema';
