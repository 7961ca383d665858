import { queryOptions, useQuery } from '@tanstack/react-query';
import { kitchenTicketList, type KitchenTicket } from '@tiffin/contracts';
import { useLiveRefetch, useSlice, type BffClient } from '@tiffin/slice-kit';

export const kitchenTicketsKey = ['order', 'kitchen', 'tickets'] as const;

/** How often the kitchen screen asks for new tickets while the live stream is down. */
export const kitchenRefreshMs = 5_000;

/** GET /kitchen/tickets at the order BFF: the staff's restaurant's tickets, awaiting acceptance to ready. */
export function fetchKitchenTickets(bff: BffClient, signal?: AbortSignal): Promise<KitchenTicket[]> {
  return bff.get('/kitchen/tickets', kitchenTicketList, signal);
}

/**
 * The one place the kitchen screen decides how it hears of new orders: the order BFF pushes each change
 * of the restaurant's orders (its /live stream), and the tickets are read again; it asks every few
 * seconds only while that stream is down.
 */
export function useKitchenTickets() {
  const { bff } = useSlice();
  const live = useLiveRefetch(kitchenTicketsKey);
  return useQuery(
    queryOptions({
      queryKey: kitchenTicketsKey,
      queryFn: ({ signal }) => fetchKitchenTickets(bff, signal),
      refetchInterval: live ? false : kitchenRefreshMs,
    }),
  );
}
