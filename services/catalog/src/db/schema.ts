import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const restaurants = pgTable('restaurants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  cuisine: text('cuisine').notNull(),
  address: text('address').notNull(),
  open: boolean('open').notNull(),
});

export const menuItems = pgTable(
  'menu_items',
  {
    id: uuid('id').primaryKey(),
    restaurantId: uuid('restaurant_id')
      .notNull()
      .references(() => restaurants.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    priceCents: integer('price_cents').notNull(),
    available: boolean('available').notNull(),
    /** Order the restaurant lists its dishes in. */
    position: integer('position').notNull(),
  },
  (table) => [index('menu_items_restaurant_id_idx').on(table.restaurantId)],
);

export const catalogSchema = { restaurants, menuItems };
export type CatalogSchema = typeof catalogSchema;
