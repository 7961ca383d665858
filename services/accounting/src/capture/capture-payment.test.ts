import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerDeadLetters } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { accountingBackends, type AccountingUnderTest } from '../testing/accounting-under-test';
import { paymentCalls } from '../testing/payment-calls';
import { deliveredConsumer } from './delivered-consumer';

describe.each(accountingBackends)('accounting charging the card once the food is delivered ($name)', ({ start }) => {
  let accounting: AccountingUnderTest;
  let calls: ReturnType<typeof paymentCalls>;

  beforeAll(async () => {
    accounting = await start();
    await accounting.service.start();
    calls = paymentCalls(accounting);
  });
  afterAll(() => accounting.dispose());

  async function held(orderId: string, totalCents = 2790) {
    await accounting.broker.publish(calls.authorizeCommand(orderId, 'tok_visa', totalCents));
    return calls.authorizationIs(orderId, 'AUTHORIZED');
  }

  it('captures the held total when the delivery is delivered, and announces it', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    await accounting.broker.publish(calls.deliveredEvent(orderId));
    const charged = await calls.authorizationIs(orderId, 'CAPTURED');
    expect(charged).toMatchObject({ id: hold.id, amountCents: 2790, capturedCents: 2790, refundedCents: null });
    expect(Date.parse(charged.capturedAt!)).toBeGreaterThanOrEqual(Date.parse(hold.createdAt));
    expect(accounting.network.movementsOf(hold.id)).toEqual([
      { kind: 'hold', authorizationId: hold.id, amountCents: 2790 },
      { kind: 'charge', authorizationId: hold.id, amountCents: 2790 },
    ]);
    expect(await calls.announced('PaymentCaptured', orderId)).toBe(1);
  });

  it('charges once however often the delivery is announced: redelivered, or sent again under a new id', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    const delivered = calls.deliveredEvent(orderId);
    await accounting.broker.publish(delivered);
    const charged = await calls.authorizationIs(orderId, 'CAPTURED');
    await accounting.broker.publish(delivered);
    await accounting.broker.publish(calls.deliveredEvent(orderId));
    await calls.deliveredHandled(calls.deliveredEvent(orderId));

    expect(await calls.authorizationOf(orderId)).toEqual(charged);
    expect(accounting.network.movementsOf(hold.id).filter((movement) => movement.kind === 'charge')).toHaveLength(1);
    expect(await calls.announced('PaymentCaptured', orderId)).toBe(1);
  });

  it('charges nothing for an order whose hold was released', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    await calls.reverse(orderId);
    await calls.authorizationIs(orderId, 'REVERSED');
    await calls.deliveredHandled(calls.deliveredEvent(orderId));
    expect((await calls.authorizationOf(orderId))?.status).toBe('REVERSED');
    expect(accounting.network.movementsOf(hold.id).map((movement) => movement.kind)).toEqual(['hold', 'release']);
    expect(await calls.announced('PaymentCaptured', orderId)).toBe(0);
  });

  it('dead-letters a delivery of an order it holds nothing for, for an operator to see, and charges nothing', async () => {
    const orderId = crypto.randomUUID();
    const delivered = calls.deliveredEvent(orderId);
    await accounting.broker.publish(delivered);
    const letters = await eventually('the dead letter', async () => {
      const response = await accounting.service.app.inject({ method: 'GET', url: `/admin/dead-letters/${deliveredConsumer}` });
      const found = consumerDeadLetters.parse(response.json()).letters.find((letter) => letter.messageId === delivered.id);
      return found;
    }, 20_000);
    expect(letters.error).toContain(`order ${orderId} was delivered, but accounting holds no card authorisation for it`);
    expect(await calls.authorizationOf(orderId)).toBeUndefined();
  });
});
