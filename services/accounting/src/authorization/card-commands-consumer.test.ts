import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { accountingBackends } from '../testing/accounting-under-test';
import { useAccounting } from '../testing/use-accounting';

type Reply = Message<'CardAuthorized' | 'CardDeclined'>;

describe.each(accountingBackends)('accounting authorising and releasing card payments ($name)', (backend) => {
  let replies: Reply[];
  let reversals: Message<'AuthorizationReversed'>[];
  const suite = useAccounting(backend, async ({ broker }) => {
    replies = await publishedMessages(broker, ['CardAuthorized', 'CardDeclined']);
    reversals = await publishedMessages(broker, ['AuthorizationReversed']);
  });

  const authorize = (orderId: string, paymentToken?: string) => suite.accounting.broker.publish(suite.calls.authorizeCommand(orderId, paymentToken));
  const repliesTo = (orderId: string) => replies.filter((reply) => reply.payload.orderId === orderId);
  const replyTo = (orderId: string) => eventually('the reply', () => repliesTo(orderId)[0]);

  /** Commands of one order are handled in order: once a later one is answered, the earlier ones were handled. */
  async function settled(orderId: string): Promise<void> {
    const before = repliesTo(orderId).length;
    await authorize(orderId);
    await eventually('the marker reply', () => (repliesTo(orderId).length > before ? true : undefined));
  }

  it('holds the total on a card the network authorises', async () => {
    const command = suite.calls.authorizeCommand(crypto.randomUUID());
    await suite.accounting.broker.publish(command);
    const reply = await replyTo(command.payload.orderId);
    const held = await suite.calls.authorizationIs(command.payload.orderId, 'AUTHORIZED');
    expect(reply).toMatchObject({ type: 'CardAuthorized', source: 'accounting', correlationId: 'corr-9', payload: { authorizationId: held.id } });
    expect(held).toMatchObject({ amountCents: 3185, cardId: command.payload.cardId, consumerId: command.payload.consumerId, declineReason: null, capturedCents: null });
    expect(suite.accounting.network.movementsOf(held.id)).toEqual([{ kind: 'hold', authorizationId: held.id, amountCents: 3185 }]);
  });

  it('declines a card whose bank always declines, holding nothing', async () => {
    const orderId = crypto.randomUUID();
    await authorize(orderId, 'tok_chargeDeclined');
    expect(await replyTo(orderId)).toMatchObject({ type: 'CardDeclined', payload: { reason: 'Your card was declined by your bank' } });
    const declined = await suite.calls.authorizationIs(orderId, 'DECLINED');
    expect(declined).toMatchObject({ declineReason: 'Your card was declined by your bank' });
    expect(suite.accounting.network.movementsOf(declined.id)).toEqual([]);
  });

  it('authorises an order once: asked again with a new message, it gives the first answer', async () => {
    const orderId = crypto.randomUUID();
    await authorize(orderId);
    await authorize(orderId);
    await eventually('two answers', () => (repliesTo(orderId).length === 2 ? true : undefined));
    const ids = repliesTo(orderId).map((reply) => (reply.type === 'CardAuthorized' ? reply.payload.authorizationId : reply.type));
    expect(new Set(ids).size).toBe(1);
  });

  it('releases a hold once, however often the reversal comes: one release at the network, one PaymentReleased', async () => {
    const orderId = crypto.randomUUID();
    await authorize(orderId);
    const held = await suite.calls.authorizationIs(orderId, 'AUTHORIZED');
    const reversal = createMessage('ReverseAuthorization', 'order', { orderId });
    await suite.accounting.broker.publish(reversal);
    await suite.accounting.broker.publish(reversal);
    await suite.calls.reverse(orderId);
    const reversed = await suite.calls.authorizationIs(orderId, 'REVERSED');
    await settled(orderId);
    expect(await suite.calls.authorizationOf(orderId)).toEqual(reversed);
    expect(reversed).toMatchObject({ amountCents: 3185, capturedCents: null });
    expect(suite.calls.moved(held.id)).toEqual([['hold', 3185], ['release', 3185]]);
    expect(await suite.calls.announced('PaymentReleased', orderId)).toBe(1);
  });

  it('answers each reversal, so the cancel-order saga knows nothing is held any more', async () => {
    const orderId = crypto.randomUUID();
    await authorize(orderId);
    await suite.calls.authorizationIs(orderId, 'AUTHORIZED');
    await suite.calls.reverse(orderId, 'corr-cancel');
    await suite.calls.reverse(orderId);
    await eventually('two answers', () => (reversals.filter((m) => m.payload.orderId === orderId).length === 2 ? true : undefined));
    expect(reversals.find((m) => m.payload.orderId === orderId)).toMatchObject({ source: 'accounting', correlationId: 'corr-cancel' });
    expect((await suite.calls.authorizationOf(orderId))?.status).toBe('REVERSED');
  });

  it('leaves a declined card declined when the reversal comes, releasing nothing', async () => {
    const orderId = crypto.randomUUID();
    await authorize(orderId, 'tok_chargeDeclined');
    await suite.calls.authorizationIs(orderId, 'DECLINED');
    await suite.calls.reverse(orderId);
    await settled(orderId);
    expect((await suite.calls.authorizationOf(orderId))?.status).toBe('DECLINED');
    expect(await suite.calls.announced('PaymentReleased', orderId)).toBe(0);
  });

  it('declines an authorisation that arrives after its reversal, so a late command never charges', async () => {
    const orderId = crypto.randomUUID();
    await suite.calls.reverse(orderId);
    await suite.calls.authorizationIs(orderId, 'REVERSED');
    await authorize(orderId);
    expect(await replyTo(orderId)).toMatchObject({ type: 'CardDeclined', payload: { reason: 'The payment for this order was cancelled' } });
    const refused = await suite.calls.authorizationOf(orderId);
    expect(refused).toMatchObject({ status: 'REVERSED', amountCents: 0, consumerId: null });
    expect(suite.accounting.network.movementsOf(refused!.id)).toEqual([]);
    expect(await suite.calls.announced('PaymentReleased', orderId)).toBe(0);
  });

  it('answers 404 for an order it never saw, 400 naming a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await suite.accounting.service.app.inject({ method: 'GET', url: `/orders/${unknown}/authorization` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`order ${unknown} has no card authorisation`);
    const malformed = await suite.accounting.service.app.inject({ method: 'GET', url: '/orders/latest/authorization' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.orderId/);
  });
});
