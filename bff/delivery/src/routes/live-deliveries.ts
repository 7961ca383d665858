import { isOfferedToCouriers, orderChangeEvent, orderHistoryEntry, orderWithdrawnEvent } from '@tiffin/contracts';
import { relayEventStream, requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';

/**
 * GET /live: deliveries as they change, as server-sent events. A courier follows the deliveries on
 * offer and their own; an order that leaves the offer to someone else comes as `order-withdrawn` with
 * its id only. A customer follows their own orders. Who they are comes from the edge.
 */
export function liveDeliveries(app: HttpApp, _deliveries: ServiceClient, services: ServiceClients): void {
  const history = services.of('order-history');
  app.get('/live', async (request, reply) => {
    const who = requireRole(request, 'courier', 'customer');
    const query = who.role === 'courier' ? { courierId: who.courierId, offered: 'true' } : { consumerId: who.consumerId };
    await relayEventStream(request, reply, history, '/changes', {
      query,
      filter: (event) => {
        if (event.event !== orderChangeEvent) return undefined;
        const parsed = orderHistoryEntry.safeParse(JSON.parse(event.data));
        if (!parsed.success) return undefined;
        const entry = parsed.data;
        if (who.role === 'customer') return entry.consumerId === who.consumerId ? event : undefined;
        if (entry.courierId === who.courierId || isOfferedToCouriers(entry)) return event;
        return { id: event.id, event: orderWithdrawnEvent, data: JSON.stringify({ id: entry.id }) };
      },
    });
  });
}
