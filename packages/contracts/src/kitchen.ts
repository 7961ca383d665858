import { z } from 'zod';
import { id } from './common';

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

/** kitchen service: GET /tickets?restaurantId=&orderId= (at least one) */
export const ticketQuery = z
  .object({ restaurantId: id.optional(), orderId: id.optional() })
  .refine((q) => q.restaurantId ?? q.orderId, { message: 'give restaurantId or orderId' });
export const ticketList = z.array(ticket);
export const ticketParams = z.object({ ticketId: id });

/** Body of POST /tickets/:ticketId/reject: the reason is shown to the customer. */
export const rejectTicketRequest = z.object({ reason: z.string().trim().min(3).max(200) });
