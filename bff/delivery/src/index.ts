export { buildApp, type DeliveryBffOptions } from './app';
