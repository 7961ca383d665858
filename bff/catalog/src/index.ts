export { buildApp, type CatalogBffOptions } from './app';
