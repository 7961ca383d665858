import { queryOptions, useQuery } from '@tanstack/react-query';
import { kitchenTicketList, type KitchenTicket } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

export const kitchenTicketsKey = ['order', 'kitchen', 'tickets'] as const;

/** How often the kitchen screen asks for new tickets while it is open. */
export const kitchenRefreshMs = 5_000;

/** GET /kitchen/tickets at the order BFF: the staff's restaurant's tickets, awaiting acceptance to ready. */
export function fetchKitchenTickets(bff: BffClient, signal?: AbortSignal): Promise<KitchenTicket[]> {
  return bff.get('/kitchen/tickets', kitchenTicketList, signal);
}

/**
 * The one place the kitchen screen decides how it hears of new orders: it asks every few seconds. When
 * the BFF's live stream is merged (slice-kit's useLiveUpdates), this is what switches to it.
 */
export function useKitchenTickets() {
  const { bff } = useSlice();
  return useQuery(
    queryOptions({
      queryKey: kitchenTicketsKey,
      queryFn: ({ signal }) => fetchKitchenTickets(bff, signal),
      refetchInterval: kitchenRefreshMs,
    }),
  );
}
