import { z } from 'zod';
import { id, cents } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** What moved money on the customer's card for an order (accounting → anyone; order-history follows). */
const payment = z.object({ orderId: id, authorizationId: id, amountCents: cents });

/**
 * Accounting: the card authorisations of the create-order and cancel-order sagas, the charge once the
 * food is delivered (it follows delivery: choreography), and refunds.
 */
export const accountingMessages = {
  owner: 'accounting',
  payloads: {
    /** create-order saga → accounting: authorise the customer's card for the total. */
    AuthorizeCard: z.object({ orderId: id, consumerId: id, cardId: id, paymentToken: z.string().min(1), totalCents: cents }),
    CardAuthorized: z.object({ orderId: id, authorizationId: id }),
    CardDeclined: z.object({ orderId: id, reason: z.string() }),
    /**
     * create-order and cancel-order sagas → accounting: release the authorisation. Idempotent, and it may
     * come before a late AuthorizeCard, which accounting then declines.
     */
    ReverseAuthorization: z.object({ orderId: id }),
    /** accounting → the saga that reversed: nothing stays held on the card for the order. */
    AuthorizationReversed: z.object({ orderId: id }),
    /** accounting → anyone: a hold was released before anything was charged (once per order). */
    PaymentReleased: payment,
    /** accounting → anyone: the held amount was charged, the food being delivered (once per order). */
    PaymentCaptured: payment,
    /** accounting → anyone: the charge was given back to the card (once per order). */
    PaymentRefunded: payment,
  },
  commandReplies: { AuthorizeCard: ['CardAuthorized', 'CardDeclined'], ReverseAuthorization: ['AuthorizationReversed'] },
  queues: {
    'accounting.card-authorizations': ['AuthorizeCard', 'ReverseAuthorization'],
    'accounting.on-delivery-delivered': ['DeliveryDelivered'],
  },
  eventLog: ['PaymentReleased', 'PaymentCaptured', 'PaymentRefunded'],
} as const satisfies OwnerMessages;
