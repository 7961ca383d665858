import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurant } from '@tiffin/contracts';
import { type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';
import { seedRestaurants } from '../seed/restaurants';

describe('restaurant staff change their restaurant and its menu', () => {
  let catalog: CatalogUnderTest;
  let published: Message<'RestaurantMenuPublished'>[];
  beforeAll(async () => {
    catalog = await catalogUnderTest();
    published = await publishedMessages(catalog.broker, ['RestaurantMenuPublished']);
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  const patch = (url: string, payload: object) => catalog.service.app.inject({ method: 'PATCH', url, payload });
  const bombay = seedRestaurants.find((r) => r.name === 'Bombay Tiffin House')!;
  const paneer = bombay.menu.find((item) => item.name === 'Paneer Tikka')!;
  const latestMenuOf = (restaurantId: string) =>
    eventually('the menu published again', async () => published.filter((m) => m.payload.restaurantId === restaurantId).at(-1));

  it('changes a dish’s price and availability, answers the menu as it is now and publishes it', async () => {
    const response = await patch(`/restaurants/${bombay.id}/menu-items/${paneer.id}`, { priceCents: 1495, available: false });
    expect(response.statusCode).toBe(200);
    expect(restaurant.parse(response.json()).menu.find((item) => item.id === paneer.id)).toMatchObject({ priceCents: 1495, available: false });
    const menu = await eventually('the new price published', async () => {
      const latest = await latestMenuOf(bombay.id);
      return latest.payload.menu.find((item) => item.id === paneer.id)?.priceCents === 1495 ? latest : undefined;
    });
    expect(menu.payload.menu.find((item) => item.id === paneer.id)).toEqual({ id: paneer.id, name: 'Paneer Tikka', priceCents: 1495, available: false });
  });

  it('closes the restaurant and publishes it closed', async () => {
    const sakura = seedRestaurants.find((r) => r.name === 'Sakura Noodle Bar')!;
    const response = await patch(`/restaurants/${sakura.id}`, { open: false });
    expect(response.statusCode).toBe(200);
    expect(restaurant.parse(response.json()).open).toBe(false);
    await eventually('the closed restaurant published', async () => ((await latestMenuOf(sakura.id)).payload.open === false ? true : undefined));
  });

  it('answers 404 naming what does not exist, and publishes nothing for it', async () => {
    const unknownDish = crypto.randomUUID();
    const missingDish = await patch(`/restaurants/${bombay.id}/menu-items/${unknownDish}`, { available: true });
    expect(missingDish.statusCode).toBe(404);
    expect(missingDish.json().message).toBe(`restaurant ${bombay.id} has no menu item ${unknownDish}`);
    // A dish of another restaurant is not this restaurant's to change.
    const otherRestaurant = seedRestaurants.find((r) => r.id !== bombay.id)!;
    expect((await patch(`/restaurants/${otherRestaurant.id}/menu-items/${paneer.id}`, { available: true })).statusCode).toBe(404);
    const unknownRestaurant = crypto.randomUUID();
    expect((await patch(`/restaurants/${unknownRestaurant}`, { open: true })).json()).toMatchObject({
      statusCode: 404,
      message: `restaurant ${unknownRestaurant} does not exist`,
    });
  });

  it('answers 400 naming the field for a change it cannot take', async () => {
    const url = `/restaurants/${bombay.id}/menu-items/${paneer.id}`;
    for (const [body, field] of [
      [{ priceCents: -1 }, 'priceCents'],
      [{ priceCents: 12.5 }, 'priceCents'],
      [{ name: 'Paneer\u0000Tikka' }, 'name'],
      [{ colour: 'red' }, ''],
      [{}, ''],
    ] as const) {
      const response = await patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message, JSON.stringify(body)).toMatch(new RegExp(`^body${field ? `\\.${field}` : ''}`));
    }
  });
});
