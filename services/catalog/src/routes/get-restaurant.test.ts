import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurant } from '@tiffin/contracts';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';
import { seedRestaurants } from '../seed/restaurants';

describe('GET /restaurants/:restaurantId', () => {
  let catalog: CatalogUnderTest;
  beforeAll(async () => {
    catalog = await catalogUnderTest();
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  const get = (id: string) => catalog.service.app.inject({ method: 'GET', url: `/restaurants/${id}` });

  it('answers the restaurant with its menu in the restaurant’s order', async () => {
    const sakura = seedRestaurants[1]!;
    const response = await get(sakura.id);
    expect(response.statusCode).toBe(200);
    const body = restaurant.parse(response.json());
    expect(body).toMatchObject({ id: sakura.id, name: 'Sakura Noodle Bar', cuisine: 'Japanese', open: true });
    expect(body.menu.map((item) => item.name)).toEqual(sakura.menu.map((item) => item.name));
    expect(body.menu.find((item) => item.name === 'Seasonal Uni Don')).toMatchObject({ available: false, priceCents: 3200 });
    expect(body.menu.every((item) => item.restaurantId === sakura.id)).toBe(true);
  });

  it('answers 404 naming a restaurant that does not exist', async () => {
    const unknown = crypto.randomUUID();
    const response = await get(unknown);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, message: `restaurant ${unknown} does not exist` });
  });

  it('answers 400 naming restaurantId when it is not a UUID', async () => {
    const response = await get('bombay');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/params\.restaurantId/);
  });
});
