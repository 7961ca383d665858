import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAuthorization, type CardAuthorization } from '@tiffin/contracts';
import { createMessage, type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { accountingUnderTest, type AccountingUnderTest } from '../testing/accounting-under-test';

type Reply = Message<'CardAuthorized' | 'CardDeclined'>;

describe('accounting authorising and reversing card payments', () => {
  let accounting: AccountingUnderTest;
  let replies: Reply[];
  let reversals: Message<'AuthorizationReversed'>[];

  beforeAll(async () => {
    accounting = await accountingUnderTest();
    replies = await publishedMessages(accounting.broker, ['CardAuthorized', 'CardDeclined']);
    reversals = await publishedMessages(accounting.broker, ['AuthorizationReversed']);
    await accounting.service.start();
  });
  afterAll(() => accounting.dispose());

  const authorize = (orderId: string, paymentToken = 'tok_visa') =>
    createMessage('AuthorizeCard', 'order', { orderId, consumerId: crypto.randomUUID(), cardId: crypto.randomUUID(), paymentToken, totalCents: 3185 }, 'corr-9');
  const reverse = (orderId: string) => accounting.broker.publish(createMessage('ReverseAuthorization', 'order', { orderId }));
  const repliesTo = (orderId: string) => replies.filter((reply) => reply.payload.orderId === orderId);
  const replyTo = (orderId: string) => eventually('the reply', () => repliesTo(orderId)[0]);

  async function authorizationOf(orderId: string): Promise<CardAuthorization | undefined> {
    const response = await accounting.service.app.inject({ method: 'GET', url: `/orders/${orderId}/authorization` });
    return response.statusCode === 404 ? undefined : cardAuthorization.parse(response.json());
  }
  const authorizationIs = (orderId: string, status: CardAuthorization['status']) =>
    eventually(`authorisation ${status}`, async () => {
      const found = await authorizationOf(orderId);
      return found?.status === status ? found : undefined;
    });

  /** Commands of one order are handled in order: once a later one is answered, the earlier ones were handled. */
  async function settled(orderId: string): Promise<void> {
    const before = repliesTo(orderId).length;
    await accounting.broker.publish(authorize(orderId));
    await eventually('the marker reply', () => (repliesTo(orderId).length > before ? true : undefined));
  }

  it('holds the total on a card the network authorises', async () => {
    const command = authorize(crypto.randomUUID());
    await accounting.broker.publish(command);
    const reply = await replyTo(command.payload.orderId);
    const held = await authorizationIs(command.payload.orderId, 'AUTHORIZED');
    expect(reply).toMatchObject({ type: 'CardAuthorized', source: 'accounting', correlationId: 'corr-9', payload: { authorizationId: held.id } });
    expect(held).toMatchObject({ amountCents: 3185, cardId: command.payload.cardId, consumerId: command.payload.consumerId, declineReason: null });
  });

  it('declines a card whose bank always declines, holding nothing', async () => {
    const orderId = crypto.randomUUID();
    await accounting.broker.publish(authorize(orderId, 'tok_chargeDeclined'));
    expect(await replyTo(orderId)).toMatchObject({ type: 'CardDeclined', payload: { reason: 'Your card was declined by your bank' } });
    expect(await authorizationIs(orderId, 'DECLINED')).toMatchObject({ declineReason: 'Your card was declined by your bank' });
  });

  it('authorises an order once: asked again with a new message, it gives the first answer', async () => {
    const orderId = crypto.randomUUID();
    await accounting.broker.publish(authorize(orderId));
    await accounting.broker.publish(authorize(orderId));
    await eventually('two answers', () => (repliesTo(orderId).length === 2 ? true : undefined));
    const ids = repliesTo(orderId).map((reply) => (reply.type === 'CardAuthorized' ? reply.payload.authorizationId : reply.type));
    expect(new Set(ids).size).toBe(1);
  });

  it('reverses an authorisation, however often the reversal comes', async () => {
    const orderId = crypto.randomUUID();
    await accounting.broker.publish(authorize(orderId));
    await authorizationIs(orderId, 'AUTHORIZED');
    await reverse(orderId);
    await reverse(orderId);
    const reversed = await authorizationIs(orderId, 'REVERSED');
    await settled(orderId);
    expect(await authorizationOf(orderId)).toEqual(reversed);
  });

  it('answers each reversal, so the cancel-order saga knows nothing is held any more', async () => {
    const orderId = crypto.randomUUID();
    await accounting.broker.publish(authorize(orderId));
    await authorizationIs(orderId, 'AUTHORIZED');
    await accounting.broker.publish(createMessage('ReverseAuthorization', 'order', { orderId }, 'corr-cancel'));
    await reverse(orderId);
    await eventually('two answers', () => (reversals.filter((m) => m.payload.orderId === orderId).length === 2 ? true : undefined));
    expect(reversals.find((m) => m.payload.orderId === orderId)).toMatchObject({ source: 'accounting', correlationId: 'corr-cancel' });
    expect((await authorizationOf(orderId))?.status).toBe('REVERSED');
  });

  it('leaves a declined card declined when the reversal comes', async () => {
    const orderId = crypto.randomUUID();
    await accounting.broker.publish(authorize(orderId, 'tok_chargeDeclined'));
    await authorizationIs(orderId, 'DECLINED');
    await reverse(orderId);
    await settled(orderId);
    expect((await authorizationOf(orderId))?.status).toBe('DECLINED');
  });

  it('declines an authorisation that arrives after its reversal, so a late command never charges', async () => {
    const orderId = crypto.randomUUID();
    await reverse(orderId);
    await authorizationIs(orderId, 'REVERSED');
    await accounting.broker.publish(authorize(orderId));
    expect(await replyTo(orderId)).toMatchObject({ type: 'CardDeclined', payload: { reason: 'The payment for this order was cancelled' } });
    expect(await authorizationOf(orderId)).toMatchObject({ status: 'REVERSED', amountCents: 0, consumerId: null });
  });

  it('answers 404 for an order it never saw, 400 naming a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await accounting.service.app.inject({ method: 'GET', url: `/orders/${unknown}/authorization` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`order ${unknown} has no card authorisation`);
    const malformed = await accounting.service.app.inject({ method: 'GET', url: '/orders/latest/authorization' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.orderId/);
  });
});
