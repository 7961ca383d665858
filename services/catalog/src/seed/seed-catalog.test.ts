import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { createCatalogService } from '../app';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';
import { seedRestaurants } from './restaurants';
import { seedCatalogIfEmpty } from './seed-catalog';

describe('seeding the catalog', () => {
  let catalog: CatalogUnderTest;
  let published: Message<'RestaurantMenuPublished'>[];

  beforeAll(async () => {
    catalog = await catalogUnderTest();
    published = await publishedMessages(catalog.broker, ['RestaurantMenuPublished']);
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  it('fills an empty catalog on first start', async () => {
    const response = await catalog.service.app.inject({ method: 'GET', url: '/restaurants' });
    expect(response.json()).toHaveLength(seedRestaurants.length);
  });

  it('publishes each seeded restaurant’s whole menu', async () => {
    await eventually('a menu per restaurant', () => (published.length >= seedRestaurants.length ? true : undefined));
    const paneerHouse = seedRestaurants[0]!;
    const announced = published.find((m) => m.payload.restaurantId === paneerHouse.id);
    expect(announced?.source).toBe('catalog');
    expect(announced?.payload).toMatchObject({ name: paneerHouse.name, address: paneerHouse.address, open: true });
    expect(announced?.payload.menu.map((item) => item.id)).toEqual(paneerHouse.menu.map((item) => item.id));
  });

  it('adds nothing when the catalog already has restaurants', async () => {
    expect(await seedCatalogIfEmpty(catalog.service.db)).toBe(0);
    const response = await catalog.service.app.inject({ method: 'GET', url: '/restaurants' });
    expect(response.json()).toHaveLength(seedRestaurants.length);
  });

  it('keeps its data across a restart and publishes the menus again for replicas', async () => {
    await eventually('the first menus', () => (published.length >= seedRestaurants.length ? true : undefined));
    await catalog.service.stop();
    const before = published.length;
    catalog.service = createCatalogService({ env: catalog.env, broker: catalog.broker, outboxPollMs: 50 });
    await catalog.service.start();

    const response = await catalog.service.app.inject({ method: 'GET', url: '/restaurants' });
    expect(response.json()).toHaveLength(seedRestaurants.length);
    await eventually('the menus again', () => (published.length >= before + seedRestaurants.length ? true : undefined));
  });
});
