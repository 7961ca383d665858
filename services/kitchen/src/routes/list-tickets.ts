import { problem, ticketList, ticketQuery } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { KitchenContext } from '../context';
import { listTickets } from '../tickets/ticket-reads';

export function listTicketsRoute(app: HttpApp, context: KitchenContext): void {
  app.get(
    '/tickets',
    { schema: { querystring: ticketQuery, response: { 200: ticketList, 400: problem } } },
    async (request) => listTickets(context.db, request.query),
  );
}
