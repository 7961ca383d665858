import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  delivery,
  order,
  orderAccepted,
  orderHistoryEntry,
  orderHistoryPage,
  rebuildStatus,
  restaurantList,
  type CreateOrderRequest,
  type OrderHistoryEntry,
} from '@tiffin/contracts';
import { menuItems, seedRestaurants } from '@tiffin/catalog-service';
import { eventually } from '@tiffin/service-kit/testing';
import type { RunningServices } from '../host';

type FlowService = 'catalog' | 'order' | 'delivery' | 'order-history';

export interface RunningTiffin {
  /** Service instances are there when the services run in the test's own thread. */
  running: Pick<RunningServices<FlowService>, 'urls'> & Partial<Pick<RunningServices<FlowService>, 'services'>>;
  /** Stops the services and removes whatever the backend created. */
  dispose(): Promise<void>;
}

const bombay = seedRestaurants.find((r) => r.name === 'Bombay Tiffin House')!;
const dish = (name: string) => bombay.menu.find((item) => item.name === name)!;

async function call<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

/**
 * The customer's journey through all three services over HTTP and the broker: the same checks on
 * whatever broker and databases `start` puts underneath.
 */
export function describeOrderFlow(
  backend: string,
  start: () => Promise<RunningTiffin>,
  options: { servicesInThisThread: boolean } = { servicesInThisThread: true },
): void {
  describe(`ordering through catalog, order and delivery (${backend})`, () => {
    let tiffin: RunningTiffin;
    /** Every order placed here, to compare the order-history view before and after a rebuild. */
    const placed: { orderId: string; consumerId: string }[] = [];
    beforeAll(async () => {
      tiffin = await start();
    });
    afterAll(() => tiffin?.dispose());

    const url = (service: FlowService, path: string) => `${tiffin.running.urls[service]}${path}`;

    function placeOrder(request: CreateOrderRequest, idempotencyKey: string) {
      return call<unknown>(url('order', '/orders'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(request),
      });
    }

    /**
     * Retries with the same key until the order service's menu replica has caught up with the
     * catalog's first publication; the key makes the retries one order.
     */
    async function placeOrderOnceReplicated(request: CreateOrderRequest) {
      const idempotencyKey = crypto.randomUUID();
      const accepted = await eventually('the order to be accepted', async () => {
        const answer = await placeOrder(request, idempotencyKey);
        return answer.status === 422 ? undefined : answer;
      });
      if (accepted.status === 202) placed.push({ orderId: orderAccepted.parse(accepted.body).orderId, consumerId: request.consumerId });
      return accepted;
    }

    async function orderWhen(orderId: string, status: 'APPROVED' | 'REJECTED') {
      return eventually(`order ${orderId} to be ${status}`, async () => {
        const { body } = await call<unknown>(url('order', `/orders/${orderId}`));
        const current = order.parse(body);
        return current.status === status ? current : undefined;
      });
    }

    function orderFor(lines: CreateOrderRequest['lines']): CreateOrderRequest {
      return {
        consumerId: crypto.randomUUID(),
        restaurantId: bombay.id,
        deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
        lines,
      };
    }

    it('runs every service, each ready: database up, broker connected, its consumers consuming', async () => {
      for (const service of ['catalog', 'order', 'delivery', 'order-history'] as const) {
        expect(await call(url(service, '/health'))).toEqual({
          status: 200,
          body: { status: 'ok', service, database: 'up', broker: 'connected', consumers: expect.any(Object) },
        });
      }
      const { body } = await call<{ consumers: Record<string, string> }>(url('order', '/health'));
      expect(body.consumers).toEqual({
        'order.menu-replica': 'consuming',
        'order.create-order-saga': 'consuming',
        // It keeps an event log (eventLogs in contracts), so it answers a view's rebuild.
        'order.replay-events': 'consuming',
      });
    });

    it('serves the seeded catalog', async () => {
      const { status, body } = await call<unknown>(url('catalog', '/restaurants?q=indian'));
      expect(status).toBe(200);
      expect(restaurantList.parse(body).map((r) => r.id)).toEqual([bombay.id]);
    });

    it('accepts an order at once, approves it and schedules its delivery', async () => {
      const request = orderFor([
        { menuItemId: dish('Paneer Tikka').id, quantity: 2 },
        { menuItemId: dish('Garlic Naan').id, quantity: 3 },
      ]);
      const accepted = await placeOrderOnceReplicated(request);
      expect(accepted.status).toBe(202);
      const { orderId, status } = orderAccepted.parse(accepted.body);
      expect(status).toBe('PENDING');

      const approved = await orderWhen(orderId, 'APPROVED');
      expect(approved).toMatchObject({ restaurantName: bombay.name, totalCents: 2 * 1395 + 3 * 395, rejectionReason: null });

      const [scheduled] = await eventually('a delivery for the order', async () => {
        const { body } = await call<unknown[]>(url('delivery', `/deliveries?orderId=${orderId}`));
        return body.length > 0 ? body.map((d) => delivery.parse(d)) : undefined;
      });
      expect(scheduled).toMatchObject({
        orderId,
        consumerId: request.consumerId,
        restaurantName: bombay.name,
        pickupAddress: bombay.address,
        deliveryAddress: request.deliveryAddress,
        status: 'SCHEDULED',
      });
    });

    // Needs the catalog's database from the test's thread, to change it without publishing.
    it.runIf(options.servicesInThisThread)('rejects an order for a dish the catalog no longer has, though the replica still offered it', async () => {
      const dalMakhani = dish('Dal Makhani');
      // Straight into the catalog's database, publishing nothing: the order service's replica is now stale.
      await tiffin.running.services!.catalog.db
        .update(menuItems)
        .set({ available: false })
        .where(eq(menuItems.id, dalMakhani.id));

      const accepted = await placeOrderOnceReplicated(orderFor([{ menuItemId: dalMakhani.id, quantity: 1 }]));
      expect(accepted.status).toBe(202);
      const { orderId } = orderAccepted.parse(accepted.body);

      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('Dal Makhani is no longer available');
      const { body } = await call<unknown[]>(url('delivery', `/deliveries?orderId=${orderId}`));
      expect(body).toEqual([]);
    });

    // Last: it compares every order the tests above placed.
    it('keeps an order history fed by events, and rebuilt from scratch it equals the live view', async () => {
      await placeOrderOnceReplicated(orderFor([{ menuItemId: dish('Garlic Naan').id, quantity: 1 }]));
      const final = (entry: OrderHistoryEntry) => entry.status === 'REJECTED' || (entry.status === 'APPROVED' && entry.deliveryId !== null);
      const historyOf = async (orderId: string) => {
        const { status, body } = await call<unknown>(url('order-history', `/orders/${orderId}`));
        return status === 200 ? orderHistoryEntry.parse(body) : undefined;
      };
      for (const { orderId } of placed) {
        await eventually(`order ${orderId} final in the order history`, async () => {
          const entry = await historyOf(orderId);
          return entry && final(entry) ? entry : undefined;
        });
      }
      const consumers = [...new Set(placed.map((p) => p.consumerId))];
      const view = async () =>
        Promise.all(consumers.map(async (consumerId) => orderHistoryPage.parse((await call<unknown>(url('order-history', `/orders?consumerId=${consumerId}`))).body)));
      const live = await view();
      const liveOrder = order.parse((await call<unknown>(url('order', `/orders/${placed[0]!.orderId}`))).body);
      expect(live[0]!.orders.at(-1)).toMatchObject({ ...liveOrder, createdAt: expect.any(String), updatedAt: expect.any(String) });

      const started = await call<unknown>(url('order-history', '/admin/rebuild'), { method: 'POST' });
      expect(started.status).toBe(202);
      const { rebuildId } = rebuildStatus.parse(started.body);
      const done = await eventually('the rebuild to complete', async () => {
        const status = rebuildStatus.parse((await call<unknown>(url('order-history', `/admin/rebuilds/${rebuildId}`))).body);
        return status.state === 'complete' ? status : undefined;
      });
      const replayedByOrder = done.owners.find((o) => o.owner === 'order')!.replayed!;
      expect(replayedByOrder).toBeGreaterThanOrEqual(placed.length * 2);
      expect(await view()).toEqual(live);
    });

    it('takes an order placed while the history rebuilds, live or replayed, and shows it as it ended', async () => {
      const accepted = await placeOrderOnceReplicated(orderFor([{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }]));
      const { orderId } = orderAccepted.parse(accepted.body);
      // At once: the order's events are on their way while the view is emptied and replayed.
      const started = await call<unknown>(url('order-history', '/admin/rebuild'), { method: 'POST' });
      const { rebuildId } = rebuildStatus.parse(started.body);
      await eventually('the rebuild to complete', async () => {
        const { body } = await call<unknown>(url('order-history', `/admin/rebuilds/${rebuildId}`));
        return rebuildStatus.parse(body).state === 'complete' ? true : undefined;
      });
      const entry = await eventually(`order ${orderId} approved, with its delivery, in the history`, async () => {
        const { status, body } = await call<unknown>(url('order-history', `/orders/${orderId}`));
        const found = status === 200 ? orderHistoryEntry.parse(body) : undefined;
        // All three in: replayed events are applied side by side, so the delivery may come first.
        return found?.events.length === 3 ? found : undefined;
      });
      const owned = await orderWhen(orderId, 'APPROVED');
      expect(entry).toMatchObject({ ...owned, createdAt: expect.any(String), updatedAt: expect.any(String) });
      expect(entry.events.map((event) => event.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled']);
    });
  });
}
