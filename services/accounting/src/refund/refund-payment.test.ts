import { describe, expect, it } from 'vitest';
import { cardAuthorization } from '@tiffin/contracts';
import { accountingBackends } from '../testing/accounting-under-test';
import { useAccounting } from '../testing/use-accounting';

describe.each(accountingBackends)('accounting refunding a charge ($name)', (backend) => {
  const suite = useAccounting(backend);

  async function charged(orderId: string) {
    await suite.accounting.broker.publish(suite.calls.authorizeCommand(orderId, 'tok_visa', 1845));
    await suite.calls.authorizationIs(orderId, 'AUTHORIZED');
    await suite.accounting.broker.publish(suite.calls.deliveredEvent(orderId));
    return suite.calls.authorizationIs(orderId, 'CAPTURED');
  }

  it('gives the whole charge back, keeps the reason and announces it', async () => {
    const orderId = crypto.randomUUID();
    const charge = await charged(orderId);
    const response = await suite.calls.refund(orderId, { reason: 'The food arrived cold' });
    expect(response.statusCode).toBe(200);
    const refunded = cardAuthorization.parse(response.json());
    expect(refunded).toMatchObject({ id: charge.id, status: 'REFUNDED', capturedCents: 1845, refundedCents: 1845, refundReason: 'The food arrived cold' });
    expect(await suite.calls.authorizationOf(orderId)).toEqual(refunded);
    expect(suite.accounting.network.movementsOf(charge.id).map((movement) => movement.kind)).toEqual(['hold', 'charge', 'refund']);
    expect(await suite.calls.announced('PaymentRefunded', orderId)).toBe(1);
  });

  it('refunds once: asked again, or twice at once, it answers the refund made and moves nothing more', async () => {
    const orderId = crypto.randomUUID();
    const charge = await charged(orderId);
    const [first, second] = await Promise.all([suite.calls.refund(orderId), suite.calls.refund(orderId, { reason: 'Asked twice' })]);
    const again = await suite.calls.refund(orderId, { reason: 'Asked a third time' });
    expect([first.statusCode, second.statusCode, again.statusCode]).toEqual([200, 200, 200]);
    const answers = [first, second, again].map((response) => cardAuthorization.parse(response.json()));
    expect(new Set(answers.map((answer) => answer.refundedAt)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.refundReason)).size).toBe(1);
    expect(suite.accounting.network.movementsOf(charge.id).filter((movement) => movement.kind === 'refund')).toEqual([
      { kind: 'refund', authorizationId: charge.id, amountCents: 1845 },
    ]);
    expect(await suite.calls.announced('PaymentRefunded', orderId)).toBe(1);
  });

  it('refuses to refund what was never charged, saying why, and moves nothing', async () => {
    const heldOnly = crypto.randomUUID();
    await suite.accounting.broker.publish(suite.calls.authorizeCommand(heldOnly));
    const hold = await suite.calls.authorizationIs(heldOnly, 'AUTHORIZED');
    const released = crypto.randomUUID();
    await suite.accounting.broker.publish(suite.calls.authorizeCommand(released));
    await suite.calls.authorizationIs(released, 'AUTHORIZED');
    await suite.calls.reverse(released);
    await suite.calls.authorizationIs(released, 'REVERSED');
    const declined = crypto.randomUUID();
    await suite.accounting.broker.publish(suite.calls.authorizeCommand(declined, 'tok_chargeDeclined'));
    await suite.calls.authorizationIs(declined, 'DECLINED');

    const refusals = await Promise.all([heldOnly, released, declined].map((orderId) => suite.calls.refund(orderId)));
    expect(refusals.map((response) => response.statusCode)).toEqual([409, 409, 409]);
    expect(refusals.map((response) => response.json().message)).toEqual([
      `order ${heldOnly} has not been charged yet (its card is only held): cancelling the order releases the hold; there is nothing to refund`,
      `order ${released} was never charged (its hold was released); there is nothing to refund`,
      `order ${declined} was never charged (its card was declined); there is nothing to refund`,
    ]);
    expect(await suite.calls.authorizationOf(heldOnly)).toEqual(hold);
    expect(suite.accounting.network.movementsOf(hold.id).map((movement) => movement.kind)).toEqual(['hold']);
    expect(await suite.calls.announced('PaymentRefunded', heldOnly)).toBe(0);
  });

  it('answers 404 for an order it never saw, 400 naming a missing reason or a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await suite.calls.refund(unknown);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`order ${unknown} has no card authorisation`);
    for (const body of [{}, { reason: '   ' }, { reason: 'bad\u0000reason' }]) {
      const refused = await suite.calls.refund(unknown, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().message).toMatch(/body\.reason/);
    }
    const malformed = await suite.calls.refund('latest');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.orderId/);
  });
});
