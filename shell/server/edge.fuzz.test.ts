import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp as buildCatalogBff } from '@tiffin/catalog-bff';
import { buildApp as buildDeliveryBff } from '@tiffin/delivery-bff';
import { buildApp as buildOpsBff } from '@tiffin/ops-bff';
import { buildApp as buildOrderBff } from '@tiffin/order-bff';
import {
  csrfHeader,
  deliveryList,
  guestCustomer,
  idempotencyHeader,
  kitchenTicketList,
  loneSurrogateMessage,
  nulMessage,
  orderAccepted,
  restaurant,
  restaurantList,
} from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { bffNames, envNameOf, serviceNames, type ServiceName } from '@tiffin/topology';
import { buildEdge } from './edge-app';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';
import { brokenText, headerValue, nastyText, percentEncode } from './testing/fuzz-input';

/**
 * Whatever a signed-in customer, cook, courier or operator sends to any route, through the real edge, BFFs and
 * every service (on PostgreSQL, or PGlite when only the embedded back ends are tested): never a 5xx, never
 * a hang, and no one's mistakes lock the others out (the BFFs' circuit breakers stay closed).
 */
const logger = pino({ level: 'silent' });
const runs = Number(process.env.TIFFIN_FUZZ_RUNS ?? 500);
let backend: Awaited<ReturnType<typeof startBackend<ServiceName>>>;
let bffs: FastifyInstance[] = [];
let edge: FastifyInstance;
let edgeUrl: string;
let distDir: string;
/** One of each role, signed in: what reaches the BFFs is a signed-in person's request, past the role checks. */
let people: Record<'customer' | 'staff' | 'courier' | 'operator', BrowserSession>;
/** Real ids for the path parameters of the same name, so requests reach the services' rows. */
let known: Record<string, string>;
/** The customer's restaurant (the staff fuzzed are another's, so its menu stays as it was) and a dish on it. */
let shop: { restaurantId: string; dishId: string; priceCents: number };
/** Every route through the edge: each BFF's, from its OpenAPI document, and the edge's own, with its body's fields. */
let routes: { method: string; path: string; fields: string[] }[];

interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } } | undefined> };
}

const read = async (who: BrowserSession, url: string) => (await fetch(`${edgeUrl}${url}`, { headers: who.headers })).json();

/** The guest orders one of the dish, as the checkout does. */
const placeOrder = (restaurantId: string, dish: { id: string; priceCents: number }, deliveryAddress = '77 Hudson St') =>
  fetch(`${edgeUrl}/bff/order/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...people.customer.headers, [idempotencyHeader]: crypto.randomUUID() },
    body: JSON.stringify({
      restaurantId,
      lines: [{ menuItemId: dish.id, quantity: 1, unitPriceCents: dish.priceCents }],
      deliveryAddress,
      cardId: guestCustomer.cards.everyday,
    }),
  });

beforeAll(async () => {
  // Every service of the topology: each BFF's routes reach all they call.
  backend = await startBackend(serviceNames);
  const env = {
    ...Object.fromEntries(serviceNames.map((name) => [`TIFFIN_${envNameOf(name)}_SERVICE_URL`, backend.urls[name]])),
    TIFFIN_LOG_LEVEL: 'silent',
    TIFFIN_IDENTITY_SECRET: testIdentitySecret,
  };
  bffs = [buildCatalogBff({ env, logger }), buildOrderBff({ env, logger }), buildDeliveryBff({ env, logger }), buildOpsBff({ env, logger })];
  const [catalogUrl, orderUrl, deliveryUrl, opsUrl] = await Promise.all(bffs.map((bff) => bff.listen({ port: 0, host: '127.0.0.1' })));
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
      TIFFIN_OPS_BFF_URL: opsUrl,
      TIFFIN_IDENTITY_SERVICE_URL: backend.urls.identity,
      TIFFIN_IDENTITY_SECRET: testIdentitySecret,
      // As behind an ingress: X-Forwarded-For (fuzzed too) is believed from loopback.
      TIFFIN_TRUSTED_PROXIES: 'loopback',
    },
  });
  edgeUrl = await edge.listen({ port: 0, host: '127.0.0.1' });
  const [customer, staff, courier, operator] = await Promise.all(
    [demoAccounts.guest, demoAccounts.bombayStaff, demoAccounts.rosa, demoAccounts.noor].map((who) => signInThroughEdge(edgeUrl, who)),
  );
  people = { customer: customer!, staff: staff!, courier: courier!, operator: operator! };

  routes = [
    { method: 'POST', path: '/auth/sign-in', fields: ['email', 'password'] },
    ...['/auth/session', '/manifest.json', '/slice-origins.json', '/health', '/', '/assets/{file}'].map((path) => ({ method: 'GET', path, fields: [] })),
    { method: 'POST', path: '/auth/sign-out', fields: [] },
  ];
  for (const name of bffNames) {
    const document = (await (await fetch(`${edgeUrl}/bff/${name}/openapi.json`)).json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const fields = Object.keys(operation.requestBody?.content['application/json']?.schema.properties ?? {});
        routes.push({ method: method.toUpperCase(), path: `/bff/${name}${route}`, fields });
      }
    }
  }

  // The staff's restaurant gets an order, so it has a ticket and, once approved, a delivery on offer.
  const bombay = restaurant.parse(await read(people.staff, '/bff/catalog/staff/restaurant'));
  const bombayDish = bombay.menu.find((item) => item.available)!;
  const { orderId } = orderAccepted.parse(await (await placeOrder(bombay.id, bombayDish)).json());
  const poll = { timeout: 15_000, interval: 50 };
  const ticketId = await vi.waitFor(async () => {
    const ticket = kitchenTicketList.parse(await read(people.staff, '/bff/order/kitchen/tickets')).find((t) => t.orderId === orderId);
    if (!ticket) throw new Error('no ticket yet');
    return ticket.id;
  }, poll);
  const deliveryId = await vi.waitFor(async () => {
    const offered = deliveryList.parse(await read(people.courier, '/bff/delivery/courier/offered-deliveries')).find((d) => d.orderId === orderId);
    if (!offered) throw new Error('no delivery on offer yet');
    return offered.id;
  }, poll);
  known = { restaurantId: bombay.id, menuItemId: bombayDish.id, orderId, ticketId, deliveryId };

  const other = restaurantList.parse(await read(people.customer, '/bff/catalog/restaurants')).find((r) => r.open && r.id !== bombay.id)!;
  const dish = restaurant.parse(await read(people.customer, `/bff/catalog/restaurants/${other.id}`)).menu.find((item) => item.available)!;
  shop = { restaurantId: other.id, dishId: dish.id, priceCents: dish.priceCents };
});

afterAll(async () => {
  await edge?.close();
  await Promise.all(bffs.map((bff) => bff.close()));
  await backend?.stop();
  await rm(distDir, { recursive: true, force: true });
});

/** What may stand in a path parameter: the real one of its name, any id, or anything percent-encoded. */
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constant('KNOWN') },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 3, arbitrary: nastyText.map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%%', '%ZZ', '..', '%2e%2e', '', '%00', '%ED%A0%80') },
);

const anyRoute = fc.tuple(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  fc.constantFrom('/bff/{x}', '/bff/order/{x}', '/{x}', '/assets/{x}', '/bff/order/live', '/bff/delivery/live'),
);

/** A value any field may get: what its rule wants, or anything at all. */
const anyValue = fc.oneof(
  nastyText,
  fc.constantFrom('KNOWN', 'DISH', guestCustomer.cards.everyday, 'tiffin-demo', demoAccounts.guest.email),
  fc.uuid(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
/** Mostly what the field's rule wants, so requests get past validation into the handlers and services. */
const mostly = <T>(fitting: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fitting }, { weight: 1, arbitrary: anyValue });
const ordinaryText = fc.constantFrom('Paneer Tikka', 'Out of paneer today', '77 Hudson St');
const text = fc.oneof({ weight: 2, arbitrary: ordinaryText }, { weight: 1, arbitrary: nastyText }, { weight: 1, arbitrary: brokenText(ordinaryText) });
const aLine = { menuItemId: 'DISH', quantity: 1, unitPriceCents: 'PRICE' };

/** Bodies in the shape of the routes' bodies: every field of every route, each there or not. */
const fields = {
  restaurantId: mostly(fc.constant('KNOWN')),
  lines: mostly(
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([aLine]) },
      {
        weight: 1,
        arbitrary: fc.array(fc.record({ menuItemId: mostly(fc.constant('DISH')), quantity: mostly(fc.integer({ min: 1, max: 3 })), unitPriceCents: mostly(fc.constant('PRICE')) }), {
          minLength: 1,
          maxLength: 60,
        }),
      },
    ),
  ),
  deliveryAddress: mostly(text),
  cardId: mostly(fc.constant(guestCustomer.cards.everyday)),
  reason: mostly(text),
  name: mostly(text),
  description: mostly(text),
  priceCents: mostly(fc.integer({ min: 0, max: 100_000 })),
  available: mostly(fc.boolean()),
  open: mostly(fc.boolean()),
  email: mostly(fc.oneof(fc.constantFrom(demoAccounts.guest.email, demoAccounts.kofi.email), brokenText(fc.constant(demoAccounts.kofi.email)))),
  password: mostly(fc.constantFrom('tiffin-demo', 'guess')),
};
const fieldBody = fc.oneof({ weight: 3, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) });
/** Mostly only the fields of the route's own body (the schemas refuse others), sometimes all of them. */
const onlyRouteFields = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

const queryName = fc.constantFrom('q', 'orderId', 'after', 'consumerId', 'status', 'limit', 'cursor', 'ids', 'offered');
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(fc.oneof(queryName, nastyText.map(percentEncode)), fc.oneof(nastyText, fc.constant('KNOWN'), fc.integer().map(String))), { minLength: 1, maxLength: 3 })
    .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value === 'KNOWN' ? value : percentEncode(value)}`).join('&')}`),
  fc.constantFrom('?q', '?q=%', '?a=1&a=2', '?after=%00', '?q=%ED%A0%80'),
);

const request = fc.record({
  route: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anyRoute }),
  routeIndex: fc.nat(),
  /** Mostly the role the route is for, so most get past its role check. */
  who: fc.oneof({ weight: 3, arbitrary: fc.constant('fitting' as const) }, { weight: 1, arbitrary: fc.constantFrom('customer', 'staff', 'courier', 'operator') }),
  segment,
  query,
  withCsrf: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  idempotencyKey: fc.option(headerValue, { nil: undefined, freq: 4 }),
  forwardedFor: fc.option(fc.oneof(headerValue, fc.ipV4(), fc.ipV6()), { nil: undefined }),
  lastEventId: fc.option(headerValue, { nil: undefined }),
  contentType: fc.oneof(
    { weight: 6, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined) },
  ),
  onlyRouteFields,
  body: fc.oneof(
    { weight: 4, arbitrary: fieldBody },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: nastyText },
    { weight: 1, arbitrary: fc.constant('{"lines": [') },
  ),
});

/** The body as sent: a shaped one narrowed to the route's fields, with the real ids and price put in. */
function bodyText(body: unknown, fieldsOfRoute: readonly string[], onlyThose: boolean): string {
  const shaped = typeof body === 'object' && body !== null && !Array.isArray(body) && onlyThose;
  const sent = shaped ? Object.fromEntries(Object.entries(body).filter(([name]) => fieldsOfRoute.includes(name))) : body;
  return (typeof sent === 'string' ? sent : JSON.stringify(sent))
    .replaceAll('"KNOWN"', JSON.stringify(shop.restaurantId))
    .replaceAll('"DISH"', JSON.stringify(shop.dishId))
    .replaceAll('"PRICE"', String(shop.priceCents));
}

/** Whom a route is for: its staff, courier and operator screens', else a customer's. */
function roleFor(route: string): keyof typeof people {
  if (route.startsWith('/bff/ops/')) return 'operator';
  if (/\/(staff|kitchen)\//.test(route)) return 'staff';
  if (/\/courier\//.test(route) || route === '/bff/delivery/live') return 'courier';
  return 'customer';
}

/**
 * Signing out, or in again (which ends the browser's previous session), is fuzzed on a session of its
 * own, so the people above stay signed in.
 */
async function whoSends(route: string, role: keyof typeof people): Promise<BrowserSession> {
  if (route !== '/auth/sign-out' && route !== '/auth/sign-in') return people[role];
  return signInThroughEdge(edgeUrl, demoAccounts.leo, { 'x-forwarded-for': '192.0.2.1' });
}

describe('the edge, the BFFs and the services under random requests', () => {
  it(`answer every one of ${runs}, on every route, signed in, with less than 500, in time`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const chosen = routes[r.routeIndex % routes.length]!;
        const [method, template] = r.route ?? [chosen.method, chosen.path];
        const pathname = template.replace(/\{(\w+)\}/g, (_whole, name: string) =>
          r.segment === 'KNOWN' ? (known[name] ?? crypto.randomUUID()) : r.segment,
        );
        const url = `${edgeUrl}${pathname}${r.query.replaceAll('KNOWN', known.orderId!)}`;
        const role = r.who === 'fitting' ? roleFor(template) : r.who;
        const who = await whoSends(template, role);
        const headers: Record<string, string> = { cookie: who.cookie };
        if (r.withCsrf) headers[csrfHeader] = who.csrfToken;
        if (r.idempotencyKey !== undefined) headers[idempotencyHeader] = r.idempotencyKey;
        if (r.forwardedFor !== undefined) headers['x-forwarded-for'] = r.forwardedFor;
        if (r.lastEventId !== undefined) headers['last-event-id'] = r.lastEventId;
        if (r.contentType !== undefined) headers['content-type'] = r.contentType;
        const hasBody = method !== 'GET' && method !== 'HEAD';
        const body = bodyText(r.body, r.route ? [] : chosen.fields, r.onlyRouteFields);
        const response = await fetch(url, { method, headers, ...(hasBody ? { body } : {}), signal: AbortSignal.timeout(5_000) });
        // A live stream that opened stays open: its 200 is the answer, and the browser leaves.
        const streaming = response.headers.get('content-type')?.startsWith('text/event-stream') && response.status === 200;
        const text = streaming ? (await response.body?.cancel(), '') : await response.text();
        expect(response.status, `${method} ${url} as ${role} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: runs },
    );
  });

  it('still serves a customer who did nothing wrong: no breaker opened', async () => {
    const listed = await fetch(`${edgeUrl}/bff/catalog/restaurants`, { headers: people.customer.headers });
    expect(listed.status).toBe(200);
    expect((await placeOrder(shop.restaurantId, { id: shop.dishId, priceCents: shop.priceCents })).status).toBe(202);
  });

  it('refuses text the database could not store, and control characters, with a 400 that names the field', async () => {
    const refusalOf = async (response: Response) => [response.status, ((await response.json()) as { message: string }).message];
    const search = (q: string) => fetch(`${edgeUrl}/bff/catalog/restaurants?q=${percentEncode(q)}`, { headers: people.customer.headers });
    expect(await refusalOf(await search('tikka\u0007'))).toEqual([400, 'querystring.q: must not contain control characters']);
    expect(await refusalOf(await search('tikka\u0000'))).toEqual([400, `querystring.q: ${nulMessage}`]);

    const order = (deliveryAddress: string) => placeOrder(shop.restaurantId, { id: shop.dishId, priceCents: shop.priceCents }, deliveryAddress);
    expect(await refusalOf(await order('77 Hudson\u001b St'))).toEqual([400, 'body.deliveryAddress: must not contain control characters']);
    expect(await refusalOf(await order('77 Hudson \ud800St'))).toEqual([400, `body.deliveryAddress: ${loneSurrogateMessage}`]);

    const reject = await fetch(`${edgeUrl}/bff/order/kitchen/tickets/${known.ticketId}/reject`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...people.staff.headers },
      body: JSON.stringify({ reason: 'Out of \udc00 paneer' }),
    });
    expect(await refusalOf(reject)).toEqual([400, `body.reason: ${loneSurrogateMessage}`]);

    const signIn = await fetch(`${edgeUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'guest@tiffin.example\u0000', password: 'tiffin-demo' }),
    });
    expect(await refusalOf(signIn)).toEqual([400, `body.email: ${nulMessage}`]);
  });
});
