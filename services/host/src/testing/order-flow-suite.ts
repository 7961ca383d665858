import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { delivery, guestCustomer, restaurantList } from '@tiffin/contracts';
import { menuItems, restaurants, seedRestaurants } from '@tiffin/catalog-service';
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
    const { url, placeOrder, orderWhen, ticketsOf, ticketWhen, authorizationOf, deliveriesOf } = calls;

    it('runs every service, each ready: database up, broker connected, its consumers consuming', async () => {
      for (const service of serviceNames) {
        expect(await call(url(service, '/health'))).toEqual({
          status: 200,
          body: { status: 'ok', service, database: 'up', broker: 'connected', consumers: expect.any(Object) },
        });
      }
      const { body } = await call<{ consumers: Record<string, string> }>(url('order', '/health'));
      expect(body.consumers).toEqual({ 'order.menu-replica': 'consuming', 'order.create-order-saga': 'consuming' });
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

    // These change the catalog's database from the test's thread, without publishing.
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
  });
}
