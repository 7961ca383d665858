export { createCatalogService, type CatalogService, type CatalogServiceOptions } from './app';
export { catalogSchema, menuItems, restaurants } from './db/schema';
export { seedRestaurants, type SeedRestaurant, type SeedMenuItem } from './seed/restaurants';
