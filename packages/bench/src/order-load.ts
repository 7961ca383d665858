import { setTimeout as sleep } from 'node:timers/promises';
import { guestCustomer, idempotencyHeader, type PlaceOrderRequest } from '@tiffin/contracts';
import { topology } from '@tiffin/topology';
import { request } from 'undici';
import { asBenchCustomer } from './bench-identity';
import type { OrderWatch } from './order-watch';

const orderBff = `http://127.0.0.1:${topology.bffs.order.port}`;

export interface OrderSample {
  /** POST through the order BFF until its 202. */
  acceptedMs: number;
  /** From sending the POST until the order service approved it (the event's time, same clock). */
  approvedMs: number;
}

export interface OrderLoadResult {
  concurrency: number;
  samples: OrderSample[];
  /** Orders that ended REJECTED or did not end in time: each is a defect under load. */
  failures: string[];
  /** POSTs answered 504 and retried with the same idempotency key (the order went through or failed above). */
  retried: number;
  elapsedMs: number;
}

/**
 * `concurrency` customers, each placing an order, waiting until it is final, then placing the next,
 * for `durationMs`. A customer learns that its order is final from the live stream (`OrderWatch`),
 * as the order page does; the latency comes from the service's own time of approval.
 */
export async function runOrderLoad(options: {
  concurrency: number;
  durationMs: number;
  order: PlaceOrderRequest;
  watch: OrderWatch;
}): Promise<OrderLoadResult> {
  const samples: OrderSample[] = [];
  const failures: string[] = [];
  const retried = { count: 0 };
  const started = Date.now();
  const deadline = started + options.durationMs;
  const customer = async () => {
    // Every simulated customer is the seeded guest (asBenchCustomer): the consumer service rejects customers it does not know.
    while (Date.now() < deadline) {
      const outcome = await placeAndAwait(options.order, options.watch, retried);
      if (typeof outcome === 'string') {
        failures.push(outcome);
        // A person waits a moment before trying again; an instant retry loop would only measure itself.
        await sleep(200);
      } else {
        samples.push(outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, customer));
  return { concurrency: options.concurrency, samples, failures, retried: retried.count, elapsedMs: Date.now() - started };
}

/**
 * One customer's order, placed as the checkout places it: a 504 (the BFF gave up waiting; the order may
 * still be placed) is retried after a moment with the same idempotency key, so it never places a second
 * order. Latencies count from the first attempt, as the customer waited. `retried` counts the 504s.
 */
async function placeAndAwait(order: PlaceOrderRequest, watch: OrderWatch, retried = { count: 0 }): Promise<OrderSample | string> {
  const sentAt = Date.now();
  const idempotencyKey = crypto.randomUUID();
  for (;;) {
    // undici's request, not fetch: the load generator shares the two cores with what it measures.
    const response = await request(`${orderBff}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asBenchCustomer(), [idempotencyHeader]: idempotencyKey },
      body: JSON.stringify(order),
    });
    const acceptedMs = Date.now() - sentAt;
    const body = (await response.body.json()) as { orderId?: string; message?: string };
    if (response.statusCode === 504 && Date.now() - sentAt < 30_000) {
      retried.count++;
      await sleep(200);
      continue;
    }
    if (response.statusCode !== 202 || !body.orderId) return `POST /orders answered ${response.statusCode}: ${body.message ?? ''}`;
    try {
      const final = await watch.final(body.orderId, 30_000);
      if (final.status === 'REJECTED') return `order ended REJECTED: ${final.rejectionReason ?? ''}`;
      return { acceptedMs, approvedMs: Date.parse(final.at) - sentAt };
    } catch (error) {
      return (error as Error).message;
    }
  }
}

/** An order the catalog will approve: the first open restaurant and its first available dish. */
export async function approvableOrder(): Promise<PlaceOrderRequest> {
  const catalogBff = `http://127.0.0.1:${topology.bffs.catalog.port}`;
  const asGuest = { headers: asBenchCustomer() };
  const restaurants = (await (await fetch(`${catalogBff}/restaurants`, asGuest)).json()) as { id: string; open: boolean }[];
  const open = restaurants.find((restaurant) => restaurant.open);
  if (!open) throw new Error('no open restaurant in the catalog');
  const { menu } = (await (await fetch(`${catalogBff}/restaurants/${open.id}`, asGuest)).json()) as {
    menu: { id: string; available: boolean }[];
  };
  const dish = menu.find((item) => item.available);
  if (!dish) throw new Error(`restaurant ${open.id} has no available dish`);
  return { restaurantId: open.id, lines: [{ menuItemId: dish.id, quantity: 2 }], deliveryAddress: '12 Bench Street', cardId: guestCustomer.cards.everyday };
}

/** The order service validates against its menu replica, which fills once the catalog's menus arrive. */
export async function waitUntilOrdersAccepted(order: PlaceOrderRequest, watch: OrderWatch, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome = await placeAndAwait(order, watch);
    if (typeof outcome !== 'string') return;
    if (Date.now() > deadline) throw new Error(`orders are still not approved: ${outcome}`);
    await sleep(200);
  }
}
