import { randomUUID } from 'node:crypto';
import { ne } from 'drizzle-orm';
import type { Message } from '@tiffin/contracts';
import { tickets } from '../db/schema';
import type { KitchenTx } from '../context';

/**
 * Compensation of CreateTicket: the ticket ends CANCELLED, however often this comes (nothing is
 * answered; the saga does not wait for a compensation). If it comes first (the CreateTicket is late,
 * or lost), a cancelled ticket with no lines holds the order's place, so the late CreateTicket is
 * refused instead of opening a ticket nobody will pay for.
 */
export async function cancelTicket(tx: KitchenTx, command: Message<'CancelTicket'>): Promise<void> {
  const { orderId, restaurantId } = command.payload;
  await tx
    .insert(tickets)
    .values({ id: randomUUID(), orderId, restaurantId, status: 'CANCELLED', lines: [] })
    .onConflictDoUpdate({
      target: tickets.orderId,
      set: { status: 'CANCELLED', updatedAt: new Date() },
      setWhere: ne(tickets.status, 'CANCELLED'),
    });
}
