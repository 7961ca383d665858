import { orderChangeEvent, orderHistoryEntry } from '@tiffin/contracts';
import { relayEventStream, requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';

/**
 * GET /live: the caller's orders as they change, as server-sent events (each an order-history entry,
 * `id` the change number, so EventSource resumes where it left off). A customer follows their own
 * orders, staff their restaurant's; who they are comes from the edge, never from the query.
 */
export function liveOrders(app: HttpApp, _orders: ServiceClient, services: ServiceClients): void {
  const history = services.of('order-history');
  app.get('/live', async (request, reply) => {
    const who = requireRole(request, 'customer', 'staff');
    const mine = who.role === 'customer' ? { consumerId: who.consumerId } : { restaurantId: who.restaurantId };
    await relayEventStream(request, reply, history, '/changes', {
      query: mine,
      // The service filters already; what reaches a browser is checked again here, where the rule lives.
      filter: (event) => {
        if (event.event !== orderChangeEvent) return undefined;
        const entry = orderHistoryEntry.safeParse(JSON.parse(event.data));
        if (!entry.success) return undefined;
        const belongs = who.role === 'customer' ? entry.data.consumerId === who.consumerId : entry.data.restaurantId === who.restaurantId;
        return belongs ? event : undefined;
      },
    });
  });
}
