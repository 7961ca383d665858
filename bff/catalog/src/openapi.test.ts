import { describe, expect, it } from 'vitest';
import { closedPortUrl, memoryLogger, openApiOperations, type OpenApiDocument } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { logger } = memoryLogger();

describe('catalog BFF OpenAPI document', () => {
  it('lists every route with its query, parameters and answers, built from the route schemas', async () => {
    // The document is the BFF's own: no service is asked for it.
    const app = buildApp({ env: { TIFFIN_CATALOG_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.info.title).toBe('catalog-bff');
    expect(openApiOperations(document)).toEqual([
      'GET /restaurants',
      'GET /restaurants/{restaurantId}',
      'GET /staff/restaurant',
      'PATCH /staff/menu-items/{menuItemId}',
      'PATCH /staff/restaurant',
    ]);

    const list = document.paths['/restaurants']!.get!;
    expect(list.parameters).toContainEqual(expect.objectContaining({ in: 'query', name: 'q' }));
    const restaurants = list.responses['200']!.content!['application/json']!.schema;
    expect(restaurants.type).toBe('array');
    expect(restaurants.items?.required).toEqual(expect.arrayContaining(['id', 'name', 'cuisine', 'open']));
    // Refusals and outages come as problems, whichever route answers them.
    expect(list.responses.default!.content!['application/json']!.schema.required).toEqual(
      expect.arrayContaining(['statusCode', 'message']),
    );

    const one = document.paths['/restaurants/{restaurantId}']!.get!;
    expect(one.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'restaurantId', required: true }));
    expect(one.responses['200']!.content!['application/json']!.schema.required).toEqual(expect.arrayContaining(['menu']));
  });
});
