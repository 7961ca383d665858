import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { guestCustomer } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { demoCustomers } from '../seed/demo-customers';
import { consumerUnderTest, type ConsumerUnderTest } from '../testing/consumer-under-test';

type Reply = Message<'ConsumerValidated' | 'ConsumerRejected'>;

const asha = demoCustomers.find((customer) => customer.name === 'Asha Verma')!;

describe('the consumer service answering ValidateConsumer', () => {
  let consumer: ConsumerUnderTest;
  let replies: Reply[];

  beforeAll(async () => {
    consumer = await consumerUnderTest();
    replies = await publishedMessages(consumer.broker, ['ConsumerValidated', 'ConsumerRejected']);
    await consumer.service.start();
  });
  afterAll(() => consumer.dispose());

  const validate = (consumerId: string, cardId: string) =>
    createMessage('ValidateConsumer', 'order', { orderId: crypto.randomUUID(), consumerId, cardId }, 'correlation-7');

  async function replyTo(command: Message<'ValidateConsumer'>): Promise<Reply> {
    await consumer.broker.publish(command);
    return eventually('the reply', () => replies.find((reply) => reply.payload.orderId === command.payload.orderId));
  }

  it('validates the seeded guest with their card, giving the card network’s token and keeping the correlation id', async () => {
    const reply = await replyTo(validate(guestCustomer.consumerId, guestCustomer.cards.everyday));
    expect(reply).toMatchObject({ type: 'ConsumerValidated', source: 'consumer', correlationId: 'correlation-7', payload: { paymentToken: 'tok_visa' } });
  });

  it('validates the card that its bank always declines: declining is accounting’s call, not the consumer’s', async () => {
    const reply = await replyTo(validate(guestCustomer.consumerId, guestCustomer.cards.alwaysDeclined));
    expect(reply).toMatchObject({ type: 'ConsumerValidated', payload: { paymentToken: 'tok_chargeDeclined' } });
  });

  it('rejects a customer it does not know, in words the customer reads', async () => {
    const reply = await replyTo(validate(crypto.randomUUID(), guestCustomer.cards.everyday));
    expect(reply).toMatchObject({ type: 'ConsumerRejected', payload: { reason: 'We could not find your customer account' } });
  });

  it('rejects another customer’s card and an expired one', async () => {
    expect((await replyTo(validate(asha.id, guestCustomer.cards.everyday))).payload).toMatchObject({
      reason: 'The card you chose is not on your account',
    });
    const oldVisa = asha.cards.find((card) => card.label === 'Old Visa')!;
    expect((await replyTo(validate(asha.id, oldVisa.id))).payload).toMatchObject({ reason: 'Your Visa ending 1881 has expired' });
  });

  it('answers a redelivered command only once', async () => {
    const command = validate(guestCustomer.consumerId, guestCustomer.cards.everyday);
    await consumer.broker.publish(command);
    await consumer.broker.publish(command);
    await replyTo(validate(guestCustomer.consumerId, guestCustomer.cards.everyday));
    expect(replies.filter((reply) => reply.payload.orderId === command.payload.orderId)).toHaveLength(1);
  });
});
