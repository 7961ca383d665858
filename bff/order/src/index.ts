export { buildApp, type OrderBffOptions } from './app';
