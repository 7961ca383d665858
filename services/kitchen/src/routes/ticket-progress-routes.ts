import { problem, rejectTicketRequest, ticket, ticketParams } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { KitchenContext } from '../context';
import { moveTicket, type StaffAction } from '../tickets/ticket-progress';

const responses = { 200: ticket, 400: problem, 404: problem, 409: problem };

/** The kitchen staff's commands: accept or reject a confirmed ticket, then preparing, then ready. */
export function ticketProgressRoutes(app: HttpApp, context: KitchenContext): void {
  for (const action of ['accept', 'preparing', 'ready'] as const satisfies readonly StaffAction[]) {
    app.post(`/tickets/:ticketId/${action}`, { schema: { params: ticketParams, response: responses } }, (request) =>
      moveTicket(context, request.params.ticketId, action),
    );
  }
  app.post('/tickets/:ticketId/reject', { schema: { params: ticketParams, body: rejectTicketRequest, response: responses } }, (request) =>
    moveTicket(context, request.params.ticketId, 'reject', request.body.reason),
  );
}
