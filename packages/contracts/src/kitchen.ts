import { z } from 'zod';
import { id } from './common';

/**
 * CREATE_PENDING until the order is paid for, AWAITING_ACCEPTANCE once confirmed, CANCELLED when the
 * create-order saga undid it (or cancelled it before a late CreateTicket arrived).
 */
export const ticketStatus = z.enum(['CREATE_PENDING', 'AWAITING_ACCEPTANCE', 'CANCELLED']);
export type TicketStatus = z.infer<typeof ticketStatus>;

export const ticket = z.object({
  id,
  orderId: id,
  restaurantId: id,
  status: ticketStatus,
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
