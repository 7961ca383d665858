import { problem, ticket, ticketParams } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { KitchenContext } from '../context';
import { findTicket } from '../tickets/ticket-reads';

export function getTicketRoute(app: HttpApp, context: KitchenContext): void {
  app.get(
    '/tickets/:ticketId',
    { schema: { params: ticketParams, response: { 200: ticket, 400: problem, 404: problem } } },
    async (request) => {
      const { ticketId } = request.params;
      const found = await findTicket(context.db, ticketId);
      if (!found) throw new NotFoundError(`ticket ${ticketId} does not exist`);
      return found;
    },
  );
}
