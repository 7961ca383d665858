import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  delivery,
  guestCustomer,
  order,
  orderHistoryEntry,
  orderHistoryPage,
  rebuildStatus,
  restaurantList,
  type CreateOrderRequest,
  type OrderHistoryEntry,
} from '@tiffin/contracts';
import { menuItems, restaurants, seedRestaurants } from '@tiffin/catalog-service';
import { asOperator } from '@tiffin/http-kit/testing';
import { eventually } from '@tiffin/service-kit/testing';
import { serviceNames, type ServiceName } from '@tiffin/topology';
import type { RunningServices } from '../host';
import { bombay, call, dish, guestOrder, tiffinCalls } from './tiffin-calls';

export interface RunningTiffin {
  /** Service instances are there when the services run in the test's own thread. */
  running: Pick<RunningServices<ServiceName>, 'urls'> & Partial<Pick<RunningServices<ServiceName>, 'services' | 'startLater'>>;
  /** Stops the services and removes whatever the backend created. */
  dispose(): Promise<void>;
}

/** What a back end under test starts: every service, or all but some, which the test starts later. */
export type StartTiffin = (options?: { without?: readonly ServiceName[] }) => Promise<RunningTiffin>;

/**
 * The customer's journey through every service over HTTP and the broker: the same checks on
 * whatever broker and databases `start` puts underneath.
 */
export function describeOrderFlow(backend: string, start: StartTiffin, options: { servicesInThisThread: boolean } = { servicesInThisThread: true }): void {
  describe(`ordering through every service (${backend})`, () => {
    let tiffin: RunningTiffin;
    beforeAll(async () => {
      tiffin = await start();
    });
    afterAll(() => tiffin?.dispose());

    const calls = tiffinCalls((service) => tiffin.running.urls[service]);
    const { url, orderWhen, ticketsOf, ticketWhen, authorizationOf, deliveriesOf, deliveryWhen, cancelOrder, staff, courier } = calls;
    /** Every order placed here, to compare the order-history view before and after a rebuild. */
    const placed: { orderId: string; consumerId: string }[] = [];
    async function placeOrder(request: CreateOrderRequest): Promise<string> {
      const orderId = await calls.placeOrder(request);
      placed.push({ orderId, consumerId: request.consumerId });
      return orderId;
    }

    it('runs every service, each ready: database up, broker connected, its consumers consuming', async () => {
      for (const service of serviceNames) {
        expect(await call(url(service, '/health'))).toEqual({
          status: 200,
          body: { status: 'ok', service, database: 'up', broker: 'connected', consumers: expect.any(Object) },
        });
      }
      const { body } = await call<{ consumers: Record<string, string> }>(url('order', '/health'));
      expect(body.consumers).toEqual({
        'order.menu-replica': 'consuming',
        'order.create-order-saga': 'consuming',
        'order.cancel-order-saga': 'consuming',
        'order.order-progress': 'consuming',
        // It keeps an event log (eventLogs in @tiffin/messages), so it answers a view's rebuild.
        'order.replay-events': 'consuming',
      });
    });

    it('serves the seeded catalog and the seeded guest with their cards', async () => {
      const { status, body } = await call<unknown>(url('catalog', '/restaurants?q=indian'));
      expect(status).toBe(200);
      expect(restaurantList.parse(body).map((r) => r.id)).toEqual([bombay.id]);
      const guest = await call<{ cards: { id: string }[] }>(url('consumer', `/consumers/${guestCustomer.consumerId}`));
      expect(guest.body.cards.map((card) => card.id)).toEqual([guestCustomer.cards.everyday, guestCustomer.cards.alwaysDeclined]);
    });

    it('approves an order: ticket confirmed, card authorised for the total, delivery scheduled', async () => {
      const request = guestOrder([
        { menuItemId: dish('Paneer Tikka').id, quantity: 2 },
        { menuItemId: dish('Garlic Naan').id, quantity: 3 },
      ]);
      const orderId = await placeOrder(request);
      const total = 2 * 1395 + 3 * 395;

      const approved = await orderWhen(orderId, 'APPROVED');
      expect(approved).toMatchObject({ restaurantName: bombay.name, totalCents: total, rejectionReason: null });
      expect(await ticketsOf(orderId)).toEqual([
        expect.objectContaining({
          restaurantId: bombay.id,
          status: 'AWAITING_ACCEPTANCE',
          lines: [
            { menuItemId: dish('Paneer Tikka').id, quantity: 2 },
            { menuItemId: dish('Garlic Naan').id, quantity: 3 },
          ],
        }),
      ]);
      expect(await authorizationOf(orderId)).toMatchObject({
        consumerId: guestCustomer.consumerId,
        cardId: guestCustomer.cards.everyday,
        amountCents: total,
        status: 'AUTHORIZED',
      });
      const [scheduled] = await eventually('a delivery for the order', async () => {
        const found = await deliveriesOf(orderId);
        return found.length > 0 ? found.map((d) => delivery.parse(d)) : undefined;
      });
      expect(scheduled).toMatchObject({ orderId, consumerId: guestCustomer.consumerId, pickupAddress: bombay.address, status: 'SCHEDULED' });
    });

    it('rejects an order from a customer the consumer service does not know; no ticket, nothing charged', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Mango Lassi').id, quantity: 1 }], { consumerId: crypto.randomUUID() }));
      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('We could not find your customer account');
      expect(await ticketsOf(orderId)).toEqual([]);
      expect(await authorizationOf(orderId)).toBeUndefined();
    });

    it('rejects an order paid with a card that is always declined: the ticket is cancelled and nothing stays held', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Chana Masala').id, quantity: 1 }], { cardId: guestCustomer.cards.alwaysDeclined }));
      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('Your card was declined by your bank');
      // The ticket existed (the kitchen created it before the card was tried) and is undone now.
      await ticketWhen(orderId, 'CANCELLED');
      expect(await authorizationOf(orderId)).toMatchObject({ status: 'DECLINED', cardId: guestCustomer.cards.alwaysDeclined });
      expect(await deliveriesOf(orderId)).toEqual([]);
    });

    it('cancels an approved order before pickup: the card released, the ticket and the delivery cancelled', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }]));
      await orderWhen(orderId, 'APPROVED');
      await deliveryWhen(orderId, 'SCHEDULED');
      expect(await cancelOrder(orderId)).toEqual({ status: 202, body: { orderId, status: 'APPROVED' } });

      await orderWhen(orderId, 'CANCELLED');
      // Each participant's own state, not the commands it was sent.
      expect(await authorizationOf(orderId)).toMatchObject({ status: 'REVERSED', amountCents: 1395 });
      expect(await ticketsOf(orderId)).toEqual([expect.objectContaining({ status: 'CANCELLED', lines: [{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }] })]);
      expect(await deliveryWhen(orderId, 'CANCELLED')).toMatchObject({ pickupAddress: bombay.address });
      const history = await eventually('the cancellation in the history', async () => {
        const { body } = await call<unknown>(url('order-history', `/orders/${orderId}`));
        const entry = orderHistoryEntry.safeParse(body);
        return entry.success && entry.data.status === 'CANCELLED' ? entry.data : undefined;
      });
      expect(history.events.map((e) => e.type)).toContain('OrderCancelled');
      expect(await cancelOrder(orderId)).toEqual({ status: 409, body: expect.objectContaining({ message: 'This order is already cancelled' }) });
    });

    it('follows the kitchen and the courier after approval: accepted → preparing → ready → taken → picked up → delivered', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Garlic Naan').id, quantity: 2 }]));
      await orderWhen(orderId, 'APPROVED');
      const ticket = await ticketWhen(orderId, 'AWAITING_ACCEPTANCE');
      const scheduled = await deliveryWhen(orderId, 'SCHEDULED');
      const offered = await call<{ id: string }[]>(url('delivery', '/offered-deliveries'));
      expect(offered.body.map((d) => d.id)).toContain(scheduled.id);

      expect(await staff(ticket.id, 'accept')).toBe(200);
      await orderWhen(orderId, 'ACCEPTED');
      expect(await staff(ticket.id, 'ready')).toBe(409);
      expect(await staff(ticket.id, 'preparing')).toBe(200);
      await orderWhen(orderId, 'PREPARING');
      expect(await staff(ticket.id, 'ready')).toBe(200);
      await orderWhen(orderId, 'READY_FOR_PICKUP');

      const courierId = crypto.randomUUID();
      expect(await courier(scheduled.id, 'pick-up', courierId)).toBe(409);
      expect(await courier(scheduled.id, 'take', courierId)).toBe(200);
      expect(await courier(scheduled.id, 'take', crypto.randomUUID())).toBe(409);
      expect((await deliveryWhen(orderId, 'ASSIGNED')).courierId).toBe(courierId);
      expect(await courier(scheduled.id, 'pick-up', courierId)).toBe(200);
      await orderWhen(orderId, 'PICKED_UP');
      expect(await courier(scheduled.id, 'deliver', courierId)).toBe(200);
      await orderWhen(orderId, 'DELIVERED');

      const history = await eventually('the delivery in the history', async () => {
        const { body } = await call<unknown>(url('order-history', `/orders/${orderId}`));
        const entry = orderHistoryEntry.safeParse(body);
        return entry.success && entry.data.status === 'DELIVERED' ? entry.data : undefined;
      });
      expect(history.events.map((e) => e.type)).toEqual(expect.arrayContaining(['TicketAccepted', 'TicketPreparing', 'TicketReady', 'CourierAssigned', 'DeliveryPickedUp', 'DeliveryDelivered']));
      // Delivered, the card is charged what was held (accounting follows the delivery).
      const charged = await eventually('the charge', async () => {
        const found = await authorizationOf(orderId);
        return found?.status === 'CAPTURED' ? found : undefined;
      });
      expect(charged).toMatchObject({ amountCents: 2 * 395, capturedCents: 2 * 395 });
      // And the customer's history says so, from accounting's PaymentCaptured.
      await eventually('the charge in the history', async () => {
        const { body } = await call<unknown>(url('order-history', `/orders/${orderId}`));
        const entry = orderHistoryEntry.safeParse(body);
        return entry.success && entry.data.payment?.status === 'CAPTURED' ? entry.data : undefined;
      });
    });

    it('refuses to cancel an order the courier has picked up, and undoes nothing', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }]));
      await orderWhen(orderId, 'APPROVED');
      const scheduled = await deliveryWhen(orderId, 'SCHEDULED');
      const courierId = crypto.randomUUID();
      expect(await courier(scheduled.id, 'take', courierId)).toBe(200);
      expect(await courier(scheduled.id, 'pick-up', courierId)).toBe(200);
      await orderWhen(orderId, 'PICKED_UP');

      expect(await cancelOrder(orderId)).toEqual({
        status: 409,
        body: expect.objectContaining({ message: 'The courier has already picked up this order, so it can no longer be cancelled' }),
      });
      expect(await authorizationOf(orderId)).toMatchObject({ status: 'AUTHORIZED' });
      expect(await ticketsOf(orderId)).toEqual([expect.objectContaining({ status: 'AWAITING_ACCEPTANCE' })]);
      expect((await deliveryWhen(orderId, 'PICKED_UP')).courierId).toBe(courierId);
    });

    it('cancels an order the kitchen rejects, telling the customer why: card released, delivery cancelled', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Garlic Naan').id, quantity: 1 }]));
      await orderWhen(orderId, 'APPROVED');
      const ticket = await ticketWhen(orderId, 'AWAITING_ACCEPTANCE');
      await deliveryWhen(orderId, 'SCHEDULED');
      const rejected = await call<unknown>(url('kitchen', `/tickets/${ticket.id}/reject`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'We ran out of naan dough' }),
      });
      expect(rejected.status).toBe(200);
      expect(await orderWhen(orderId, 'CANCELLED')).toMatchObject({ rejectionReason: 'We ran out of naan dough' });
      expect(await authorizationOf(orderId)).toMatchObject({ status: 'REVERSED' });
      await deliveryWhen(orderId, 'CANCELLED');
      expect(await ticketsOf(orderId)).toEqual([expect.objectContaining({ status: 'REJECTED', rejectionReason: 'We ran out of naan dough' })]);
    });

    it('refuses to cancel an order that was rejected', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Garlic Naan').id, quantity: 1 }], { cardId: guestCustomer.cards.alwaysDeclined }));
      await orderWhen(orderId, 'REJECTED');
      expect(await cancelOrder(orderId)).toEqual({
        status: 409,
        body: expect.objectContaining({ message: 'This order was rejected, so there is nothing to cancel' }),
      });
    });

    // These change the catalog's database from the test's thread, without publishing.
    it('prices an order at the price restaurant staff set a moment ago: the catalog publishes it, the replica follows', async () => {
      const rogan = dish('Lamb Rogan Josh');
      const changed = await call<unknown>(url('catalog', `/restaurants/${bombay.id}/menu-items/${rogan.id}`), {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ priceCents: 2095 }),
      });
      expect(changed.status).toBe(200);
      // The order service prices from its replica only: the new total is the proof the menu reached it.
      const approved = await eventually('an order priced at the new price', async () => {
        const orderId = await placeOrder(guestOrder([{ menuItemId: rogan.id, quantity: 2 }]));
        const final = await eventually(`order ${orderId} final`, async () => {
          const current = await calls.orderNow(orderId);
          return current.status === 'APPROVED' || current.status === 'REJECTED' ? current : undefined;
        });
        return final.totalCents === 2 * 2095 ? final : undefined;
      });
      expect(approved).toMatchObject({ status: 'APPROVED', lines: [expect.objectContaining({ name: 'Lamb Rogan Josh', unitPriceCents: 2095 })] });
    });

    it.runIf(options.servicesInThisThread)('rejects an order for a restaurant that closed after the order was accepted', async () => {
      const sakura = seedRestaurants.find((r) => r.name === 'Sakura Noodle Bar')!;
      const ramen = sakura.menu.find((item) => item.available)!;
      // Closed in the catalog without publishing: the order service still sees it open and accepts the
      // order, and the catalog's check finds it closed, as if it had closed right after the 202.
      await tiffin.running.services!.catalog.db.update(restaurants).set({ open: false }).where(eq(restaurants.id, sakura.id));
      const orderId = await placeOrder(guestOrder([{ menuItemId: ramen.id, quantity: 1 }], { restaurantId: sakura.id }));

      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('Sakura Noodle Bar is closed right now');
      expect(await ticketsOf(orderId)).toEqual([]);
      expect(await authorizationOf(orderId)).toBeUndefined();
    });

    it.runIf(options.servicesInThisThread)('rejects an order for a dish the catalog no longer has, though the replica still offered it', async () => {
      const dalMakhani = dish('Dal Makhani');
      await tiffin.running.services!.catalog.db.update(menuItems).set({ available: false }).where(eq(menuItems.id, dalMakhani.id));

      const orderId = await placeOrder(guestOrder([{ menuItemId: dalMakhani.id, quantity: 1 }]));
      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('Dal Makhani is no longer available');
      expect(await deliveriesOf(orderId)).toEqual([]);
    });

    // Last: it compares every order the tests above placed.
    it('keeps an order history fed by events, and rebuilt from scratch it equals the live view', async () => {
      await placeOrder(guestOrder([{ menuItemId: dish('Garlic Naan').id, quantity: 1 }]));
      const final = (entry: OrderHistoryEntry) =>
        ['REJECTED', 'CANCELLED', 'PICKED_UP', 'DELIVERED'].includes(entry.status) || (entry.status === 'APPROVED' && entry.deliveryId !== null);
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

      const started = await call<unknown>(url('order-history', '/admin/rebuild'), { method: 'POST', headers: asOperator() });
      expect(started.status).toBe(202);
      const { rebuildId } = rebuildStatus.parse(started.body);
      const done = await eventually('the rebuild to complete', async () => {
        const status = rebuildStatus.parse((await call<unknown>(url('order-history', `/admin/rebuilds/${rebuildId}`), { headers: asOperator() })).body);
        return status.state === 'complete' ? status : undefined;
      });
      const replayedByOrder = done.owners.find((o) => o.owner === 'order')!.replayed!;
      expect(replayedByOrder).toBeGreaterThanOrEqual(placed.length * 2);
      expect(await view()).toEqual(live);
    });

    it('takes an order placed while the history rebuilds, live or replayed, and shows it as it ended', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }]));
      // At once: the order's events are on their way while the view is emptied and replayed.
      const started = await call<unknown>(url('order-history', '/admin/rebuild'), { method: 'POST', headers: asOperator() });
      const { rebuildId } = rebuildStatus.parse(started.body);
      await eventually('the rebuild to complete', async () => {
        const { body } = await call<unknown>(url('order-history', `/admin/rebuilds/${rebuildId}`), { headers: asOperator() });
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
