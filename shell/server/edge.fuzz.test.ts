import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp as buildCatalogBff } from '@tiffin/catalog-bff';
import { buildApp as buildDeliveryBff } from '@tiffin/delivery-bff';
import { buildApp as buildOrderBff } from '@tiffin/order-bff';
import { consumerHeader, guestCustomer, idempotencyHeader, restaurant, restaurantList } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildEdge } from './edge-app';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';

/**
 * Whatever a client sends, through the real edge, BFFs and services: never a 5xx, never a hang, and
 * no customer's mistakes lock the others out (the BFFs' circuit breakers stay closed).
 */
const logger = pino({ level: 'silent' });
const runs = Number(process.env.TIFFIN_FUZZ_RUNS ?? 500);
let backend: Awaited<ReturnType<typeof startBackend<'catalog' | 'order' | 'delivery' | 'consumer' | 'order-history' | 'identity'>>>;
let bffs: FastifyInstance[] = [];
let edge: FastifyInstance;
let edgeUrl: string;
let distDir: string;
let known: { restaurantId: string; dishId: string };
/** The guest, signed in: what reaches the BFFs is a signed-in customer's request. */
let guest: BrowserSession;

beforeAll(async () => {
  backend = await startBackend(['catalog', 'order', 'delivery', 'consumer', 'order-history', 'identity']);
  const env = {
    TIFFIN_CONSUMER_SERVICE_URL: backend.urls.consumer,
    TIFFIN_CATALOG_SERVICE_URL: backend.urls.catalog,
    TIFFIN_ORDER_SERVICE_URL: backend.urls.order,
    TIFFIN_ORDER_HISTORY_SERVICE_URL: backend.urls['order-history'],
    TIFFIN_DELIVERY_SERVICE_URL: backend.urls.delivery,
    TIFFIN_LOG_LEVEL: 'silent',
    TIFFIN_IDENTITY_SECRET: testIdentitySecret,
  };
  bffs = [buildCatalogBff({ env, logger }), buildOrderBff({ env, logger }), buildDeliveryBff({ env, logger })];
  const [catalogUrl, orderUrl, deliveryUrl] = await Promise.all(bffs.map((bff) => bff.listen({ port: 0, host: '127.0.0.1' })));
  distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-fuzz-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
  edge = await buildEdge({
    logger,
    distDir,
    env: {
      TIFFIN_CATALOG_BFF_URL: catalogUrl,
      TIFFIN_ORDER_BFF_URL: orderUrl,
      TIFFIN_DELIVERY_BFF_URL: deliveryUrl,
      TIFFIN_IDENTITY_SERVICE_URL: backend.urls.identity,
      TIFFIN_IDENTITY_SECRET: testIdentitySecret,
    },
  });
  edgeUrl = await edge.listen({ port: 0, host: '127.0.0.1' });
  guest = await signInThroughEdge(edgeUrl, demoAccounts.guest);
  const read = async (path: string) => (await fetch(`${edgeUrl}${path}`, { headers: guest.headers })).json();
  const open = restaurantList.parse(await read('/bff/catalog/restaurants')).find((r) => r.open)!;
  const menu = restaurant.parse(await read(`/bff/catalog/restaurants/${open.id}`)).menu;
  known = { restaurantId: open.id, dishId: menu.find((item) => item.available)!.id };
});

afterAll(async () => {
  await edge?.close();
  await Promise.all(bffs.map((bff) => bff.close()));
  await backend?.stop();
  await rm(distDir, { recursive: true, force: true });
});

/** Text with what breaks naive code: control characters and NUL mixed in, long runs, any Unicode. */
const nastyUnit = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0007', '\u001b', '\n', '\t', '\u007f', '\u0085', '%', "'", '"', '\\') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const nastyText = fc.oneof(
  fc.string({ unit: nastyUnit, maxLength: 30 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\u001b[31m', '%00', '../../etc/passwd', ' ', ''),
  fc.string({ minLength: 300, maxLength: 3000 }),
);

/** What may stand in a path segment: a real id, any id, or anything percent-encoded. */
const segment = fc.oneof(
  fc.constant('KNOWN'),
  fc.uuid(),
  nastyText.map((text) => encodeURIComponent(text)),
  fc.constantFrom('%', '%%', '%ZZ', '..', '%2e%2e', ''),
);

/** Each real route with the method it answers, so most runs get past routing into the BFFs and services. */
const realRoutes: readonly [string, string][] = [
  ['GET', '/bff/catalog/restaurants'],
  ['GET', '/bff/catalog/restaurants/:id'],
  ['POST', '/bff/order/orders'],
  ['GET', '/bff/order/orders'],
  ['GET', '/bff/order/orders/:id'],
  ['GET', '/bff/order/payment-cards'],
  ['GET', '/bff/delivery/deliveries'],
  ['GET', '/bff/delivery/deliveries/:id'],
  ['GET', '/manifest.json'],
  ['GET', '/slice-origins.json'],
  ['GET', '/health'],
  ['GET', '/'],
];
const anyRoute = fc.tuple(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  fc.constantFrom(...realRoutes.map(([, route]) => route), '/bff/:id', '/:id', '/assets/:id'),
);
const route = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...realRoutes) }, { weight: 1, arbitrary: anyRoute });

/** Printable ASCII only: fetch itself refuses other header bytes before anything is sent. */
const headerValue = fc.oneof(fc.uuid(), fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }));

const orderBody = fc.record(
  {
    restaurantId: fc.oneof(fc.constant('KNOWN'), fc.uuid(), nastyText),
    lines: fc.oneof(
      fc.array(fc.record({ menuItemId: fc.oneof(fc.constant('DISH'), fc.uuid(), nastyText), quantity: fc.oneof(fc.integer(), fc.double(), nastyText) }), { maxLength: 60 }),
      nastyText,
    ),
    deliveryAddress: fc.oneof(nastyText, fc.constant('77 Hudson St')),
    cardId: fc.oneof(fc.constant(guestCustomer.cards.everyday), fc.uuid(), nastyText),
  },
  { requiredKeys: [] },
);

const request = fc.record({
  route,
  segment,
  query: fc.oneof(
    fc.constant(''),
    nastyText.map((q) => `?q=${encodeURIComponent(q)}`),
    nastyText.map((id) => `?orderId=${encodeURIComponent(id)}`),
    fc.constantFrom('?q', '?q=%', '?a=1&a=2'),
  ),
  consumer: fc.option(headerValue, { nil: undefined }),
  idempotencyKey: fc.option(headerValue, { nil: undefined }),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
  body: fc.oneof(orderBody.map((body) => JSON.stringify(body)), fc.json(), nastyText, fc.constant('{"lines": [')),
});

describe('the edge, the BFFs and the services under random requests', () => {
  it(`answer every one of ${runs} with less than 500, in time`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [method, template] = r.route;
        const url = `${edgeUrl}${template.replace(':id', r.segment === 'KNOWN' ? known.restaurantId : r.segment)}${r.query}`;
        const headers: Record<string, string> = { ...guest.headers };
        if (r.consumer !== undefined) headers[consumerHeader] = r.consumer;
        if (r.idempotencyKey !== undefined) headers[idempotencyHeader] = r.idempotencyKey;
        if (r.contentType !== undefined) headers['content-type'] = r.contentType;
        const hasBody = method !== 'GET' && method !== 'HEAD';
        const body = r.body.replaceAll('"KNOWN"', JSON.stringify(known.restaurantId)).replaceAll('"DISH"', JSON.stringify(known.dishId));
        const response = await fetch(url, {
          method,
          headers,
          ...(hasBody ? { body } : {}),
          signal: AbortSignal.timeout(5_000),
        });
        const text = await response.text();
        expect(response.status, `${method} ${url} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: runs },
    );
  });

  it('still serves a customer who did nothing wrong: no breaker opened', async () => {
    const listed = await fetch(`${edgeUrl}/bff/catalog/restaurants`, { headers: guest.headers });
    expect(listed.status).toBe(200);
    const placed = await fetch(`${edgeUrl}/bff/order/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...guest.headers, [idempotencyHeader]: crypto.randomUUID() },
      body: JSON.stringify({
        restaurantId: known.restaurantId,
        lines: [{ menuItemId: known.dishId, quantity: 1 }],
        deliveryAddress: '77 Hudson St',
        cardId: guestCustomer.cards.everyday,
      }),
    });
    expect(placed.status).toBe(202);
  });

  it('refuses control characters with a 400 that names the field', async () => {
    const search = await fetch(`${edgeUrl}/bff/catalog/restaurants?q=${encodeURIComponent('tikka\u0007')}`, { headers: guest.headers });
    expect(search.status).toBe(400);
    expect(((await search.json()) as { message: string }).message).toBe('querystring.q: must not contain control characters');

    const placed = await fetch(`${edgeUrl}/bff/order/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...guest.headers, [idempotencyHeader]: crypto.randomUUID() },
      body: JSON.stringify({
        restaurantId: known.restaurantId,
        lines: [{ menuItemId: known.dishId, quantity: 1 }],
        deliveryAddress: '77 Hudson\u001b St',
        cardId: guestCustomer.cards.everyday,
      }),
    });
    expect(placed.status).toBe(400);
    expect(((await placed.json()) as { message: string }).message).toBe('body.deliveryAddress: must not contain control characters');
  });
});
