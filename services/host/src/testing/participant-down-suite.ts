import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { guestCustomer } from '@tiffin/contracts';
import { sagaInstances } from '@tiffin/service-kit';
import { eventually } from '@tiffin/service-kit/testing';
import { dish, guestOrder, tiffinCalls } from './tiffin-calls';
import type { RunningTiffin, StartTiffin } from './order-flow-suite';

/**
 * Orders placed while the kitchen is down: accepted at once, approved once it is back; or, if it
 * stays silent past the step's deadline, rejected and compensated, so a late ticket is cancelled.
 * Needs the services in the test's thread, to start the kitchen later and to move a deadline.
 */
export function describeParticipantDown(backend: string, start: StartTiffin): void {
  describe(`ordering while the kitchen is down (${backend})`, () => {
    let tiffin: RunningTiffin;
    const urls = new Map<string, string>();
    beforeAll(async () => {
      tiffin = await start({ without: ['kitchen'] });
    });
    afterAll(() => tiffin?.dispose());

    const calls = tiffinCalls((service) => urls.get(service) ?? tiffin.running.urls[service]);
    const { placeOrder, orderWhen, orderNow, ticketWhen, authorizationOf } = calls;

    it('accepts orders at once, rejects the one past its deadline, and approves the other when the kitchen is back', async () => {
      const waiting = await placeOrder(guestOrder([{ menuItemId: dish('Paneer Tikka').id, quantity: 1 }]));
      const forgotten = await placeOrder(guestOrder([{ menuItemId: dish('Garlic Naan').id, quantity: 2 }]));
      // Both validations are in; the saga waits for the kitchen to create the ticket.
      await orderWhen(waiting, 'VALIDATED');
      await orderWhen(forgotten, 'VALIDATED');

      // As if the kitchen's deadline had passed for one order: the watch in the order service notices on its next round.
      const orderDb = tiffin.running.services!.order.db;
      await orderDb.update(sagaInstances).set({ deadlineAt: new Date(Date.now() - 1) }).where(eq(sagaInstances.id, forgotten));
      const rejected = await orderWhen(forgotten, 'REJECTED');
      expect(rejected.rejectionReason).toBe('The kitchen did not take your order in time');
      expect((await orderNow(waiting)).status).toBe('VALIDATED');

      const kitchen = await tiffin.running.startLater!('kitchen');
      urls.set('kitchen', kitchen.url);

      await orderWhen(waiting, 'APPROVED');
      await ticketWhen(waiting, 'AWAITING_ACCEPTANCE');
      expect(await authorizationOf(waiting)).toMatchObject({ status: 'AUTHORIZED' });
      // The CreateTicket of the rejected order reached the kitchen late, and its cancellation after it:
      // the ticket is cancelled, and the card was never asked.
      await ticketWhen(forgotten, 'CANCELLED');
      expect(await authorizationOf(forgotten)).toBeUndefined();
    }, 60_000);
  });
}

/**
 * Accounting silent past its deadline: the order is rejected, its ticket cancelled, and when
 * accounting comes back the late authorisation is reversed, so nothing stays held on the card.
 */
export function describeAccountingSilent(backend: string, start: StartTiffin): void {
  describe(`ordering while accounting does not answer (${backend})`, () => {
    let tiffin: RunningTiffin;
    const urls = new Map<string, string>();
    beforeAll(async () => {
      tiffin = await start({ without: ['accounting'] });
    });
    afterAll(() => tiffin?.dispose());

    const { placeOrder, orderWhen, ticketWhen, authorizationOf } = tiffinCalls((service) => urls.get(service) ?? tiffin.running.urls[service]);

    it('rejects the order past the deadline, cancels its ticket, and reverses the authorisation that comes late', async () => {
      const orderId = await placeOrder(guestOrder([{ menuItemId: dish('Vegetable Biryani').id, quantity: 1 }]));
      // The ticket is open and the saga waits for the card.
      await ticketWhen(orderId, 'CREATE_PENDING');
      const orderDb = tiffin.running.services!.order.db;
      await eventually('the saga waiting for accounting', async () => {
        const [saga] = await orderDb.select().from(sagaInstances).where(eq(sagaInstances.id, orderId));
        return saga?.awaiting.includes('accounting') ? true : undefined;
      });
      await orderDb.update(sagaInstances).set({ deadlineAt: new Date(Date.now() - 1) }).where(eq(sagaInstances.id, orderId));

      const rejected = await orderWhen(orderId, 'REJECTED');
      expect(rejected.rejectionReason).toBe('Your card could not be checked in time');
      await ticketWhen(orderId, 'CANCELLED');

      const accounting = await tiffin.running.startLater!('accounting');
      urls.set('accounting', accounting.url);
      // The late AuthorizeCard held the amount, and the reversal sent with the rejection released it.
      const released = await eventually('the reversal', async () => {
        const found = await authorizationOf(orderId);
        return found?.status === 'REVERSED' ? found : undefined;
      });
      expect(released).toMatchObject({ cardId: guestCustomer.cards.everyday, amountCents: dish('Vegetable Biryani').priceCents });
    }, 60_000);
  });
}
