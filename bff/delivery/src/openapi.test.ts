import { describe, expect, it } from 'vitest';
import { closedPortUrl, memoryLogger, openApiOperations, type OpenApiDocument } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { logger } = memoryLogger();

describe('delivery BFF OpenAPI document', () => {
  it('lists every route with its parameters and answers, built from the route schemas', async () => {
    const app = buildApp({ env: { TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.info.title).toBe('delivery-bff');
    expect(openApiOperations(document)).toEqual([
      'GET /courier/deliveries',
      'GET /courier/offered-deliveries',
      'GET /deliveries',
      'GET /deliveries/{deliveryId}',
      'GET /deliveries/{deliveryId}/live',
      'GET /deliveries/{deliveryId}/tracking',
      'GET /live',
      'POST /courier/deliveries/{deliveryId}/deliver',
      'POST /courier/deliveries/{deliveryId}/pick-up',
      'POST /courier/deliveries/{deliveryId}/position',
      'POST /courier/deliveries/{deliveryId}/take',
    ]);

    const list = document.paths['/deliveries']!.get!;
    expect(list.parameters).toContainEqual(expect.objectContaining({ in: 'query', name: 'orderId' }));
    expect(list.responses['200']!.content!['application/json']!.schema.type).toBe('array');
    const one = document.paths['/deliveries/{deliveryId}']!.get!;
    expect(one.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'deliveryId', required: true }));
    expect(one.responses['200']!.content!['application/json']!.schema.required).toEqual(expect.arrayContaining(['id', 'status']));
  });
});
