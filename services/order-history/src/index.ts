export { createOrderHistoryService, type OrderHistoryService, type OrderHistoryServiceOptions } from './app';
export { orderHistorySchema } from './db/schema';
