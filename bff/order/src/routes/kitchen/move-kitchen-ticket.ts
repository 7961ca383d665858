import { ConflictError, NotFoundError, ProblemError, requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';
import { kitchenRejection, kitchenTicketMove, ticket, ticketParams, type Ticket } from '@tiffin/contracts';
import type { FastifyRequest } from 'fastify';
import { staffOnly } from './staff-only';

type KitchenAction = 'accept' | 'reject' | 'preparing' | 'ready';

/** How a ticket's status reads in a sentence to the cook. */
const statusInWords: Record<Ticket['status'], string> = {
  CREATE_PENDING: 'still being placed',
  AWAITING_ACCEPTANCE: 'waiting to be accepted',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  PREPARING: 'being prepared',
  READY_FOR_PICKUP: 'ready for pickup',
  CANCELLED: 'cancelled',
};

const actionInWords: Record<KitchenAction, string> = {
  accept: 'accept it',
  reject: 'reject it',
  preparing: 'start preparing it',
  ready: 'mark it ready',
};

/**
 * The staff move a ticket of their own restaurant on: accept, reject with a reason the customer reads,
 * preparing, ready. A ticket of another restaurant answers exactly like a missing one; a step out of
 * turn is the kitchen's 409, said in the cook's words.
 */
export function moveKitchenTicket(app: HttpApp, _orders: ServiceClient, services: ServiceClients): void {
  const kitchen = services.of('kitchen');
  const notHere = () => new NotFoundError('This ticket is not in your kitchen');

  async function ticketOfCaller(request: FastifyRequest, ticketId: string): Promise<Ticket> {
    const { restaurantId } = requireRole(request, 'staff');
    const found = await kitchen.get(`/tickets/${ticketId}`, ticket, { correlationId: request.id }).catch((error: unknown) => {
      throw error instanceof ProblemError && error.statusCode === 404 ? notHere() : error;
    });
    if (found.restaurantId !== restaurantId) throw notHere();
    return found;
  }

  async function move(request: FastifyRequest, ticketId: string, action: KitchenAction, body: object = {}) {
    await ticketOfCaller(request, ticketId);
    try {
      const moved = await kitchen.post(`/tickets/${ticketId}/${action}`, body, ticket, { correlationId: request.id });
      return { ticketId, status: moved.status };
    } catch (error) {
      if (!(error instanceof ProblemError) || error.statusCode !== 409) throw error;
      const now = await ticketOfCaller(request, ticketId);
      throw new ConflictError(`This order is ${statusInWords[now.status]}, so you cannot ${actionInWords[action]} now.`);
    }
  }

  const schema = { params: ticketParams, response: { 200: kitchenTicketMove } };
  for (const action of ['accept', 'preparing', 'ready'] as const) {
    app.post(`/kitchen/tickets/:ticketId/${action}`, { onRequest: staffOnly, schema }, (request) => move(request, request.params.ticketId, action));
  }
  app.post('/kitchen/tickets/:ticketId/reject', { onRequest: staffOnly, schema: { ...schema, body: kitchenRejection } }, (request) =>
    move(request, request.params.ticketId, 'reject', request.body),
  );
}
