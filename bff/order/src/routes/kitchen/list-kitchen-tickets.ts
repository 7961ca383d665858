import { requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';
import { activeTicketStatuses, kitchenTicketList, orderList, orderListMaxIds, ticketList } from '@tiffin/contracts';
import { kitchenTickets } from './kitchen-ticket';
import { staffOnly } from './staff-only';

/**
 * The staff's kitchen screen: their restaurant's tickets from awaiting acceptance to ready, in two
 * calls whatever their number: the kitchen's open tickets, then the orders they were opened for (the
 * order service, which has every order the moment its ticket exists; the history view may lag).
 */
export function listKitchenTickets(app: HttpApp, orders: ServiceClient, services: ServiceClients): void {
  const kitchen = services.of('kitchen');
  app.get('/kitchen/tickets', { onRequest: staffOnly, schema: { response: { 200: kitchenTicketList } } }, async (request) => {
    const { restaurantId } = requireRole(request, 'staff');
    const options = { correlationId: request.id };
    const open = await kitchen.get('/tickets', ticketList, { ...options, query: { restaurantId, status: activeTicketStatuses.join(',') } });
    // The newest ones: a ticket left ready after its pickup (the kitchen never hears of it) must not crowd out new orders.
    const newest = open.slice(0, orderListMaxIds);
    if (newest.length === 0) return [];
    const ordered = await orders.get('/orders', orderList, { ...options, query: { ids: newest.map((ticket) => ticket.orderId).join(',') } });
    return kitchenTickets(newest, ordered);
  });
}
