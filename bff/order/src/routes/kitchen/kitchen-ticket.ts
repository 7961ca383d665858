import { activeTicketStatuses, type KitchenTicket, type Order, type OrderStatus, type Ticket } from '@tiffin/contracts';

/** Orders the kitchen has nothing more to do for: the courier has the food, or the order was undone. */
const doneForTheKitchen: ReadonlySet<OrderStatus> = new Set(['PICKED_UP', 'DELIVERED', 'CANCELLED', 'REJECTED']);

const isActive = (status: Ticket['status']): status is KitchenTicket['status'] =>
  (activeTicketStatuses as readonly string[]).includes(status);

/**
 * The kitchen's tickets as its screen shows them: each with the dishes' names, the total and when it
 * was placed, from the order it was opened for (the ticket knows dishes by id only). The kitchen does
 * not hear of a pickup, so a ticket stays READY_FOR_PICKUP there; the order's status says when to let
 * it go. Oldest first: the first placed is the first to cook.
 */
export function kitchenTickets(tickets: readonly Ticket[], orders: readonly Order[]): KitchenTicket[] {
  const orderById = new Map(orders.map((order) => [order.id, order]));
  const shown: KitchenTicket[] = [];
  for (const ticket of tickets) {
    const order = orderById.get(ticket.orderId);
    if (!order || doneForTheKitchen.has(order.status) || !isActive(ticket.status)) continue;
    const names = new Map(order.lines.map((line) => [line.menuItemId, line.name]));
    shown.push({
      id: ticket.id,
      orderId: ticket.orderId,
      status: ticket.status,
      lines: ticket.lines.map((line) => ({ ...line, name: names.get(line.menuItemId) ?? 'Unknown dish' })),
      totalCents: order.totalCents,
      placedAt: order.createdAt,
      updatedAt: ticket.updatedAt,
    });
  }
  return shown.sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.id.localeCompare(b.id));
}
