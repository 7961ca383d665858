import { z } from 'zod';
import { id } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** The consumer service: its part of the create-order saga (the customer and their card). */
export const consumerMessages = {
  owner: 'consumer',
  payloads: {
    /** create-order saga (order) → consumer: may this customer order, paying with this card of theirs? */
    ValidateConsumer: z.object({ orderId: id, consumerId: id, cardId: id }),
    /** `paymentToken` is the card as the card network knows it: what accounting authorises, never the number. */
    ConsumerValidated: z.object({ orderId: id, paymentToken: z.string().min(1) }),
    ConsumerRejected: z.object({ orderId: id, reason: z.string() }),
  },
  commandReplies: { ValidateConsumer: ['ConsumerValidated', 'ConsumerRejected'] },
  queues: { 'consumer.validate-consumer': ['ValidateConsumer'] },
} as const satisfies OwnerMessages;
