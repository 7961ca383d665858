import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantList } from '@tiffin/contracts';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';

describe('GET /restaurants', () => {
  let catalog: CatalogUnderTest;
  beforeAll(async () => {
    catalog = await catalogUnderTest();
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  const search = (query: string) => catalog.service.app.inject({ method: 'GET', url: `/restaurants${query}` });

  it('lists every restaurant by name, without menus', async () => {
    const response = await search('');
    expect(response.statusCode).toBe(200);
    const restaurants = restaurantList.parse(response.json());
    expect(restaurants.length).toBeGreaterThanOrEqual(5);
    expect(restaurants.map((r) => r.name)).toEqual(restaurants.map((r) => r.name).sort());
    expect(response.json()[0]).not.toHaveProperty('menu');
  });

  it('finds restaurants by cuisine, ignoring case', async () => {
    const response = await search('?q=ITALIAN');
    expect(response.json()).toEqual([expect.objectContaining({ name: 'Trattoria Nonna Lucia', cuisine: 'Italian' })]);
  });

  it('finds restaurants by part of their name', async () => {
    const response = await search('?q=lotus');
    expect(response.json()).toEqual([expect.objectContaining({ name: 'Golden Lotus Dim Sum', open: false })]);
  });

  it('treats wildcard characters as plain text', async () => {
    expect((await search('?q=%25')).json()).toEqual([]);
    expect((await search('?q=_')).json()).toEqual([]);
  });

  it('answers an empty list when nothing matches', async () => {
    const response = await search('?q=pizza%20on%20the%20moon');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);
  });

  it('refuses a search longer than 100 characters, naming q', async () => {
    const response = await search(`?q=${'a'.repeat(101)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/querystring\.q/);
  });
});
