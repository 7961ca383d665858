import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus, Ticket, TicketStatus } from '@tiffin/contracts';
import { kitchenTickets } from './kitchen-ticket';

const paneer = randomUUID();
const naan = randomUUID();

function pair(placedAt: string, ticketStatus: TicketStatus, orderStatus: OrderStatus): [Ticket, Order] {
  const orderId = randomUUID();
  const ticket: Ticket = {
    id: randomUUID(),
    orderId,
    restaurantId: randomUUID(),
    status: ticketStatus,
    rejectionReason: null,
    lines: [
      { menuItemId: paneer, quantity: 2 },
      { menuItemId: naan, quantity: 1 },
    ],
    createdAt: placedAt,
    updatedAt: placedAt,
  };
  const order: Order = {
    id: orderId,
    consumerId: randomUUID(),
    restaurantId: ticket.restaurantId,
    restaurantName: 'Bombay Tiffin House',
    status: orderStatus,
    rejectionReason: null,
    lines: [
      { menuItemId: paneer, name: 'Paneer Tikka', quantity: 2, unitPriceCents: 1395 },
      { menuItemId: naan, name: 'Garlic Naan', quantity: 1, unitPriceCents: 395 },
    ],
    totalCents: 3185,
    deliveryAddress: '12 Curry Lane',
    createdAt: placedAt,
    updatedAt: placedAt,
  };
  return [ticket, order];
}

describe('kitchenTickets', () => {
  it('names each dish from the order, oldest order first', () => {
    const newer = pair('2026-11-28T20:05:00.000Z', 'AWAITING_ACCEPTANCE', 'APPROVED');
    const older = pair('2026-11-28T20:00:00.000Z', 'PREPARING', 'PREPARING');
    const shown = kitchenTickets([newer[0], older[0]], [newer[1], older[1]]);
    expect(shown.map((t) => t.orderId)).toEqual([older[1].id, newer[1].id]);
    expect(shown[0]).toEqual({
      id: older[0].id,
      orderId: older[1].id,
      status: 'PREPARING',
      lines: [
        { menuItemId: paneer, name: 'Paneer Tikka', quantity: 2 },
        { menuItemId: naan, name: 'Garlic Naan', quantity: 1 },
      ],
      totalCents: 3185,
      placedAt: '2026-11-28T20:00:00.000Z',
      updatedAt: '2026-11-28T20:00:00.000Z',
    });
  });

  it('lets a ready ticket go once the courier has the food, and drops what the kitchen no longer acts on', () => {
    const waiting = pair('2026-11-28T20:00:00.000Z', 'READY_FOR_PICKUP', 'READY_FOR_PICKUP');
    const pickedUp = pair('2026-11-28T20:01:00.000Z', 'READY_FOR_PICKUP', 'PICKED_UP');
    const cancelled = pair('2026-11-28T20:02:00.000Z', 'ACCEPTED', 'CANCELLED');
    const rejected = pair('2026-11-28T20:03:00.000Z', 'REJECTED', 'CANCELLED');
    const orphan = pair('2026-11-28T20:04:00.000Z', 'ACCEPTED', 'ACCEPTED');
    const all = [waiting, pickedUp, cancelled, rejected];
    const shown = kitchenTickets([...all.map(([t]) => t), orphan[0]], all.map(([, o]) => o));
    expect(shown.map((t) => t.id)).toEqual([waiting[0].id]);
  });
});
