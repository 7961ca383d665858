import { describe, expect, it } from 'vitest';
import { consumerDeadLetters } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { accountingBackends } from '../testing/accounting-under-test';
import { useAccounting } from '../testing/use-accounting';
import { deliveredConsumer } from './delivered-consumer';

describe.each(accountingBackends)('accounting charging the card once the food is delivered ($name)', (backend) => {
  const suite = useAccounting(backend);

  async function held(orderId: string, totalCents = 2790) {
    await suite.accounting.broker.publish(suite.calls.authorizeCommand(orderId, 'tok_visa', totalCents));
    return suite.calls.authorizationIs(orderId, 'AUTHORIZED');
  }

  it('captures the held total when the delivery is delivered, and announces it', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    await suite.accounting.broker.publish(suite.calls.deliveredEvent(orderId));
    const charged = await suite.calls.authorizationIs(orderId, 'CAPTURED');
    expect(charged).toMatchObject({ id: hold.id, amountCents: 2790, capturedCents: 2790, refundedCents: null });
    expect(Date.parse(charged.capturedAt!)).toBeGreaterThanOrEqual(Date.parse(hold.createdAt));
    expect(suite.calls.moved(hold.id)).toEqual([['hold', 2790], ['charge', 2790]]);
    expect(await suite.calls.announced('PaymentCaptured', orderId)).toBe(1);
  });

  it('charges once however often the delivery is announced: redelivered, or sent again under a new id', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    const delivered = suite.calls.deliveredEvent(orderId);
    await suite.accounting.broker.publish(delivered);
    const charged = await suite.calls.authorizationIs(orderId, 'CAPTURED');
    await suite.accounting.broker.publish(delivered);
    await suite.accounting.broker.publish(suite.calls.deliveredEvent(orderId));
    await suite.calls.deliveredHandled(suite.calls.deliveredEvent(orderId));

    expect(await suite.calls.authorizationOf(orderId)).toEqual(charged);
    expect(suite.accounting.network.movementsOf(hold.id).filter((movement) => movement.kind === 'charge')).toHaveLength(1);
    expect(await suite.calls.announced('PaymentCaptured', orderId)).toBe(1);
  });

  it('charges nothing for an order whose hold was released', async () => {
    const orderId = crypto.randomUUID();
    const hold = await held(orderId);
    await suite.calls.reverse(orderId);
    await suite.calls.authorizationIs(orderId, 'REVERSED');
    await suite.calls.deliveredHandled(suite.calls.deliveredEvent(orderId));
    expect((await suite.calls.authorizationOf(orderId))?.status).toBe('REVERSED');
    expect(suite.accounting.network.movementsOf(hold.id).map((movement) => movement.kind)).toEqual(['hold', 'release']);
    expect(await suite.calls.announced('PaymentCaptured', orderId)).toBe(0);
  });

  it('dead-letters a delivery of an order it holds nothing for, for an operator to see, and charges nothing', async () => {
    const orderId = crypto.randomUUID();
    const delivered = suite.calls.deliveredEvent(orderId);
    await suite.accounting.broker.publish(delivered);
    const letters = await eventually('the dead letter', async () => {
      const response = await suite.accounting.service.app.inject({ method: 'GET', url: `/admin/dead-letters/${deliveredConsumer}` });
      const found = consumerDeadLetters.parse(response.json()).letters.find((letter) => letter.messageId === delivered.id);
      return found;
    }, 20_000);
    expect(letters.error).toContain(`order ${orderId} was delivered, but accounting holds no card authorisation for it`);
    expect(await suite.calls.authorizationOf(orderId)).toBeUndefined();
  });
});
