import { describe, expect, it } from 'vitest';
import { closedPortUrl, memoryLogger, openApiOperations, type OpenApiDocument } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { logger } = memoryLogger();

describe('order BFF OpenAPI document', () => {
  it('lists every route with its headers, body and answers, built from the route schemas', async () => {
    const down = await closedPortUrl();
    const app = buildApp({
      env: { TIFFIN_ORDER_SERVICE_URL: down, TIFFIN_CONSUMER_SERVICE_URL: down, TIFFIN_ORDER_HISTORY_SERVICE_URL: down },
      logger,
    });
    const response = await app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.info.title).toBe('order-bff');
    expect(openApiOperations(document)).toEqual([
      'GET /kitchen/tickets',
      'GET /live',
      'GET /orders',
      'GET /orders/{orderId}',
      'GET /orders/{orderId}/details',
      'GET /payment-cards',
      'POST /kitchen/tickets/{ticketId}/accept',
      'POST /kitchen/tickets/{ticketId}/preparing',
      'POST /kitchen/tickets/{ticketId}/ready',
      'POST /kitchen/tickets/{ticketId}/reject',
      'POST /orders',
      'POST /orders/{orderId}/cancel',
    ]);
    const reject = document.paths['/kitchen/tickets/{ticketId}/reject']!.post!;
    expect(reject.requestBody!.content['application/json']!.schema.required).toEqual(['reason']);

    const place = document.paths['/orders']!.post!;
    expect(place.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true }));
    const body = place.requestBody!.content['application/json']!.schema;
    expect(body.required).toEqual(expect.arrayContaining(['restaurantId', 'lines', 'deliveryAddress', 'cardId']));
    expect(place.responses['202']!.content!['application/json']!.schema.required).toEqual(['orderId', 'status']);
    // A refused order says why in a problem, with the machine-readable code beside the message.
    const refusal = place.responses.default!.content!['application/json']!.schema;
    expect(Object.keys(refusal.properties ?? {})).toEqual(expect.arrayContaining(['statusCode', 'message', 'code']));

    const cancel = document.paths['/orders/{orderId}/cancel']!.post!;
    expect(cancel.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'orderId', required: true }));
  });
});
