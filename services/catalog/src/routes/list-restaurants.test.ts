import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantList } from '@tiffin/contracts';
import { testedBackends } from '@tiffin/service-kit/testing';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';

// Search folds case and accents in SQL: both back ends must agree on it.
describe.each(testedBackends<'pglite' | 'postgres'>('pglite', 'postgres'))('GET /restaurants on %s', (database) => {
  let catalog: CatalogUnderTest;
  beforeAll(async () => {
    catalog = await catalogUnderTest(database);
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  const search = (query: string) => catalog.service.app.inject({ method: 'GET', url: `/restaurants${query}` });
  const found = async (q: string) =>
    restaurantList.parse((await search(`?q=${encodeURIComponent(q)}`)).json()).map((r) => ({ name: r.name, dishes: r.matchingDishes }));

  it('lists every restaurant by name, without menus', async () => {
    const response = await search('');
    expect(response.statusCode).toBe(200);
    const restaurants = restaurantList.parse(response.json());
    expect(restaurants.length).toBeGreaterThanOrEqual(5);
    expect(restaurants.map((r) => r.name)).toEqual(restaurants.map((r) => r.name).sort());
    expect(response.json()[0]).not.toHaveProperty('menu');
    expect(response.json()[0]).not.toHaveProperty('matchingDishes');
  });

  it('finds restaurants by cuisine, ignoring case', async () => {
    const response = await search('?q=ITALIAN');
    expect(response.json()).toEqual([expect.objectContaining({ name: 'Trattoria Nonna Lucia', cuisine: 'Italian', matchingDishes: [] })]);
  });

  it('finds restaurants by part of their name', async () => {
    const response = await search('?q=lotus');
    expect(response.json()).toEqual([expect.objectContaining({ name: 'Golden Lotus Dim Sum', open: false })]);
  });

  it('finds a restaurant by part of a dish name and says which dishes matched', async () => {
    expect(await found('naan')).toEqual([{ name: 'Bombay Tiffin House', dishes: ['Garlic Naan'] }]);
    expect(await found('Uni')).toEqual([{ name: 'Sakura Noodle Bar', dishes: ['Seasonal Uni Don'] }]);
  });

  it('ignores accents and case on either side of the search', async () => {
    expect(await found('tiramisu')).toEqual([{ name: 'Trattoria Nonna Lucia', dishes: ['Tiramisù'] }]);
    expect(await found('TIRAMISÙ')).toEqual([{ name: 'Trattoria Nonna Lucia', dishes: ['Tiramisù'] }]);
    expect(await found('Bombáy')).toEqual([{ name: 'Bombay Tiffin House', dishes: [] }]);
  });

  it('needs every word to match the restaurant, its cuisine or one of its dishes', async () => {
    expect(await found('indian naan')).toEqual([{ name: 'Bombay Tiffin House', dishes: ['Garlic Naan'] }]);
    expect(await found('italian naan')).toEqual([]);
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
