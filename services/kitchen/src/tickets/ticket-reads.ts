import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ticket, TicketStatus } from '@tiffin/contracts';
import { tickets } from '../db/schema';
import type { KitchenDb } from '../context';

type TicketRow = typeof tickets.$inferSelect;

export function toTicket(row: TicketRow): Ticket {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export async function findTicket(db: KitchenDb, ticketId: string): Promise<Ticket | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  return row && toTicket(row);
}

/** Tickets matching every filter given, newest first. */
export async function listTickets(
  db: KitchenDb,
  filter: { restaurantId?: string; orderId?: string; status?: TicketStatus[] },
): Promise<Ticket[]> {
  const conditions: SQL[] = [];
  if (filter.restaurantId) conditions.push(eq(tickets.restaurantId, filter.restaurantId));
  if (filter.orderId) conditions.push(eq(tickets.orderId, filter.orderId));
  if (filter.status) conditions.push(inArray(tickets.status, filter.status));
  const rows = await db
    .select()
    .from(tickets)
    .where(and(...conditions))
    .orderBy(desc(tickets.createdAt), desc(tickets.id));
  return rows.map(toTicket);
}
