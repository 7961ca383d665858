export { createKitchenService, type KitchenService, type KitchenServiceOptions } from './app';
export { kitchenSchema, tickets } from './db/schema';
