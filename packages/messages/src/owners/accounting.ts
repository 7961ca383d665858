import { z } from 'zod';
import { id, cents } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** Accounting: the card authorisations of the create-order and cancel-order sagas. */
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
  },
  commandReplies: { AuthorizeCard: ['CardAuthorized', 'CardDeclined'], ReverseAuthorization: ['AuthorizationReversed'] },
  queues: { 'accounting.card-authorizations': ['AuthorizeCard', 'ReverseAuthorization'] },
} as const satisfies OwnerMessages;
