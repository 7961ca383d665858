import { z } from 'zod';
import { cents, id } from './common';
import { freeText } from './text';

/**
 * CREATE_PENDING until the order is paid for, AWAITING_ACCEPTANCE once confirmed; then the kitchen
 * staff move it: ACCEPTED (or REJECTED, with a reason) → PREPARING → READY_FOR_PICKUP. CANCELLED when
 * a saga undid it (or cancelled it before a late CreateTicket arrived).
 */
export const ticketStatus = z.enum([
  'CREATE_PENDING',
  'AWAITING_ACCEPTANCE',
  'ACCEPTED',
  'REJECTED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'CANCELLED',
]);
export type TicketStatus = z.infer<typeof ticketStatus>;

export const ticket = z.object({
  id,
  orderId: id,
  restaurantId: id,
  status: ticketStatus,
  /** Why the kitchen rejected the order, as the customer reads it. */
  rejectionReason: z.string().nullable(),
  lines: z.array(z.object({ menuItemId: id, quantity: z.number().int().min(1) })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Ticket = z.infer<typeof ticket>;

/** What a kitchen still has to act on, until the courier takes the food: the kitchen screen shows these. */
export const activeTicketStatuses = ['AWAITING_ACCEPTANCE', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'] as const satisfies readonly TicketStatus[];

/** kitchen service: GET /tickets?restaurantId=&orderId=&status= (restaurantId or orderId; status a comma-separated list) */
export const ticketQuery = z
  .object({
    restaurantId: id.optional(),
    orderId: id.optional(),
    // Split by hand, not preprocessed: slices share these contracts and get only the part of zod the shell provides.
    status: z
      .string()
      .transform((list) => list.split(','))
      .pipe(z.array(ticketStatus).min(1))
      .optional(),
  })
  .refine((q) => q.restaurantId ?? q.orderId, { message: 'give restaurantId or orderId' });
export const ticketList = z.array(ticket);
export const ticketParams = z.object({ ticketId: id });

/** Body of POST /tickets/:ticketId/reject: the reason is shown to the customer. */
export const rejectTicketRequest = z.object({ reason: z.string().trim().min(3).max(200) });

/**
 * order BFF (restaurant staff): a ticket as the kitchen screen shows it, GET /kitchen/tickets. The
 * kitchen's ticket knows dishes by id only; the names, the total and when it was placed come from the
 * order it was opened for.
 */
export const kitchenTicket = z.object({
  id,
  orderId: id,
  status: z.enum(activeTicketStatuses),
  lines: z.array(z.object({ menuItemId: id, name: z.string(), quantity: z.number().int().min(1) })),
  totalCents: cents,
  placedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type KitchenTicket = z.infer<typeof kitchenTicket>;
export const kitchenTicketList = z.array(kitchenTicket);

/** order BFF: POST /kitchen/tickets/:ticketId/reject; the reason is what the customer reads. */
export const kitchenRejection = z.object({
  reason: freeText().trim().min(3, 'say in a few words why, for the customer').max(200, 'at most 200 characters'),
});
export type KitchenRejection = z.infer<typeof kitchenRejection>;

/** order BFF: the answer to POST /kitchen/tickets/:ticketId/{accept,reject,preparing,ready}. */
export const kitchenTicketMove = z.object({ ticketId: id, status: ticketStatus });
export type KitchenTicketMove = z.infer<typeof kitchenTicketMove>;
