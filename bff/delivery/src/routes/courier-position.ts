import { courierPosition, deliveryParams, trackedPosition } from '@tiffin/contracts';
import { ConflictError, NotFoundError, ProblemError, requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';

/**
 * The courier's screen says where they are (the device's location, or the demo's simulated ride),
 * about once a second while they carry a delivery out: POST /courier/deliveries/:deliveryId/position.
 * The courier is the signed-in one; a delivery they do not carry answers like a missing one (404).
 */
export function courierPositionRoute(app: HttpApp, deliveries: ServiceClient): void {
  app.post(
    '/courier/deliveries/:deliveryId/position',
    { schema: { params: deliveryParams, body: courierPosition, response: { 200: trackedPosition } } },
    async (request) => {
      const { courierId } = requireRole(request, 'courier');
      const { deliveryId } = request.params;
      try {
        return await deliveries.post(`/deliveries/${deliveryId}/position`, { ...request.body, courierId }, trackedPosition, { correlationId: request.id });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        if (error.statusCode === 404 || (error.statusCode === 409 && error.message.includes('is not carried by'))) {
          throw new NotFoundError(`delivery ${deliveryId} not found`);
        }
        if (error.statusCode === 409) throw new ConflictError('This delivery is no longer under way: your position is not shared any more');
        throw error;
      }
    },
  );
}
