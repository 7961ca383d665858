import {
  ConflictError,
  NotFoundError,
  ProblemError,
  requireRole,
  type HttpApp,
  type ServiceClient,
} from '@tiffin/http-kit';
import {
  courierActions,
  delivery,
  deliveryParams,
  takenByAnotherCourier,
  type CourierAction,
  type Delivery,
} from '@tiffin/contracts';

/** Why a step cannot be done now, in a courier's words, from the delivery as it is. */
function outOfTurn(current: Delivery, action: CourierAction): string {
  if (current.status === 'CANCELLED') return 'This delivery was cancelled: the customer or the restaurant called it off';
  if (current.status === 'DELIVERED') return 'This delivery is already delivered';
  if (action === 'deliver' && current.status === 'ASSIGNED') return 'Pick the food up at the restaurant before marking it delivered';
  return 'This delivery has already moved on';
}

/**
 * A courier takes an offered delivery, then picks it up and delivers it. The courier is always the
 * signed-in one. Losing a race to take a delivery is a 409 the courier can read; a delivery they do
 * not hold answers a pick-up or a delivery exactly like a missing one (404), so ids cannot be probed.
 */
export function courierActionRoutes(app: HttpApp, deliveries: ServiceClient): void {
  for (const action of courierActions) {
    app.post(
      `/courier/deliveries/:deliveryId/${action}`,
      { schema: { params: deliveryParams, response: { 200: delivery } } },
      async (request) => {
        const { courierId } = requireRole(request, 'courier');
        const { deliveryId } = request.params;
        const options = { correlationId: request.id };
        const notFound = new NotFoundError(`delivery ${deliveryId} not found`);

        const read = async (): Promise<Delivery> => {
          try {
            return await deliveries.get(`/deliveries/${deliveryId}`, delivery, options);
          } catch (error) {
            if (error instanceof ProblemError && error.statusCode === 404) throw notFound;
            throw error;
          }
        };

        const current = await read();
        if (action === 'take') {
          if (current.courierId !== null && current.courierId !== courierId) throw new ConflictError(takenByAnotherCourier);
        } else if (current.courierId !== courierId) {
          throw notFound;
        }

        try {
          return await deliveries.post(`/deliveries/${deliveryId}/${action}`, { courierId }, delivery, options);
        } catch (error) {
          if (!(error instanceof ProblemError) || error.statusCode !== 409) throw error;
          // Refused after our read: another courier took it meanwhile, or it was cancelled.
          const now = await read();
          if (now.courierId !== null && now.courierId !== courierId) {
            if (action === 'take') throw new ConflictError(takenByAnotherCourier);
            throw notFound;
          }
          throw new ConflictError(outOfTurn(now, action));
        }
      },
    );
  }
}
