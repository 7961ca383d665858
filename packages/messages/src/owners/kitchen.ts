import { z } from 'zod';
import { id } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** When the food should be ready, and the minutes of preparation that estimate counts. */
const kitchenEstimate = {
  readyBy: z.iso.datetime().optional(),
  preparationMinutes: z.number().int().positive().optional(),
};

/** The kitchen: its tickets in the create-order saga, then what the staff do with them. */
export const kitchenMessages = {
  owner: 'kitchen',
  payloads: {
    /** create-order saga → kitchen: open a ticket for the order (pending until confirmed). */
    CreateTicket: z.object({
      orderId: id,
      restaurantId: id,
      lines: z.array(z.object({ menuItemId: id, quantity: z.number().int().min(1) })),
    }),
    TicketCreated: z.object({ orderId: id, ticketId: id }),
    TicketRejected: z.object({ orderId: id, reason: z.string() }),
    /**
     * create-order saga → kitchen: compensation of CreateTicket. Idempotent, and it may come before the
     * CreateTicket it undoes (that one was late): the kitchen then refuses the late CreateTicket.
     */
    CancelTicket: z.object({ orderId: id, restaurantId: id }),
    /** kitchen → the saga that cancelled: the ticket is CANCELLED (the create-order saga does not wait for it). */
    TicketCancelled: z.object({ orderId: id }),
    /** create-order saga → kitchen: the order is paid for; the kitchen may start. */
    ConfirmTicket: z.object({ orderId: id }),
    TicketConfirmed: z.object({ orderId: id }),
    /**
     * kitchen → anyone (order follows): the staff moved the ticket of an approved order on. Accepted
     * and preparing carry when the kitchen expects the food ready, from its preparation times (delivery
     * plans the courier by it); events logged before it did have neither.
     */
    TicketAccepted: z.object({ orderId: id, ticketId: id, ...kitchenEstimate }),
    TicketPreparing: z.object({ orderId: id, ticketId: id, ...kitchenEstimate }),
    TicketReady: z.object({ orderId: id, ticketId: id }),
    /** kitchen → anyone: the staff will not make this order; the order service cancels it, `reason` shown to the customer. */
    TicketDeclined: z.object({ orderId: id, ticketId: id, reason: z.string() }),
  },
  commandReplies: {
    CreateTicket: ['TicketCreated', 'TicketRejected'],
    ConfirmTicket: ['TicketConfirmed'],
    CancelTicket: ['TicketCancelled'],
  },
  queues: {
    // One queue for all three commands, so an order's commands are handled in the order they were sent.
    'kitchen.tickets': ['CreateTicket', 'ConfirmTicket', 'CancelTicket'],
  },
  eventLog: ['TicketAccepted', 'TicketPreparing', 'TicketReady', 'TicketDeclined'],
} as const satisfies OwnerMessages;
