import { and, eq, sql } from 'drizzle-orm';
import { cardAuthorization, type CardAuthorization } from '@tiffin/contracts';
import { createMessage, type Message, type MessageType } from '@tiffin/messages';
import { outbox } from '@tiffin/service-kit';
import { eventually, handledBefore } from '@tiffin/service-kit/testing';
import { deliveredConsumer } from '../capture/delivered-consumer';
import type { AccountingUnderTest } from './accounting-under-test';

export type PaymentCalls = ReturnType<typeof paymentCalls>;

/** What the tests of accounting say to it and ask it, over its broker and its HTTP API. */
export function paymentCalls(accounting: AccountingUnderTest) {
  const { broker, service } = accounting;

  async function authorizationOf(orderId: string): Promise<CardAuthorization | undefined> {
    const response = await service.app.inject({ method: 'GET', url: `/orders/${orderId}/authorization` });
    return response.statusCode === 404 ? undefined : cardAuthorization.parse(response.json());
  }

  return {
    authorizeCommand: (orderId: string, paymentToken = 'tok_visa', totalCents = 3185) =>
      createMessage('AuthorizeCard', 'order', { orderId, consumerId: crypto.randomUUID(), cardId: crypto.randomUUID(), paymentToken, totalCents }, 'corr-9'),
    reverse: (orderId: string, correlationId?: string) => broker.publish(createMessage('ReverseAuthorization', 'order', { orderId }, correlationId)),
    deliveredEvent: (orderId: string) => createMessage('DeliveryDelivered', 'delivery', { orderId, deliveryId: crypto.randomUUID() }),
    authorizationOf,
    authorizationIs: (orderId: string, status: CardAuthorization['status']) =>
      eventually(`authorisation ${status}`, async () => {
        const found = await authorizationOf(orderId);
        return found?.status === status ? found : undefined;
      }),
    refund: (orderId: string, body: unknown = { reason: 'The food arrived cold' }) =>
      service.app.inject({ method: 'POST', url: `/orders/${orderId}/refund`, payload: body as object }),

    /** What the card network moved for the authorisation, in order: [kind, amount] each. */
    moved: (authorizationId: string) => accounting.network.movementsOf(authorizationId).map(({ kind, amountCents }) => [kind, amountCents]),

    /** Waits until the delivered consumer has handled `marker`: every earlier message of its order was handled before it. */
    async deliveredHandled(marker: Message<'DeliveryDelivered'>): Promise<void> {
      await broker.publish(marker);
      await eventually('the marker handled', async () => ((await handledBefore(service.db, deliveredConsumer, marker.id)) ? true : undefined));
    },

    /** How many `type` events accounting committed to its outbox about the order: what it announces, exactly once each. */
    async announced(type: MessageType, orderId: string): Promise<number> {
      const rows = await service.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.type, type), sql`${outbox.payload}->'payload'->>'orderId' = ${orderId}`));
      return rows.length;
    },
  };
}
