import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kitchenTicketMove, type KitchenRejection, type KitchenTicketMove } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { kitchenTicketsKey } from './getKitchenTickets';

export type TicketStep = 'accept' | 'preparing' | 'ready';

/** POST /kitchen/tickets/:ticketId/{accept,preparing,ready} at the order BFF. */
export function moveTicket(bff: BffClient, ticketId: string, step: TicketStep): Promise<KitchenTicketMove> {
  return bff.post(`/kitchen/tickets/${encodeURIComponent(ticketId)}/${step}`, {}, kitchenTicketMove);
}

/** POST /kitchen/tickets/:ticketId/reject at the order BFF; the customer reads the reason. */
export function rejectTicket(bff: BffClient, ticketId: string, rejection: KitchenRejection): Promise<KitchenTicketMove> {
  return bff.post(`/kitchen/tickets/${encodeURIComponent(ticketId)}/reject`, rejection, kitchenTicketMove);
}

/** Every step reads the tickets again, so the screen shows where each one is now. */
export function useMoveTicket(ticketId: string) {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  const readAgain = () => queryClient.invalidateQueries({ queryKey: kitchenTicketsKey });
  const move = useMutation({ mutationFn: (step: TicketStep) => moveTicket(bff, ticketId, step), onSuccess: readAgain });
  const reject = useMutation({ mutationFn: (rejection: KitchenRejection) => rejectTicket(bff, ticketId, rejection), onSuccess: readAgain });
  return { move, reject };
}
