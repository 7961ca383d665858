import { delivery, type Delivery } from '@tiffin/contracts';
import { NotFoundError, ProblemError, type ServiceClient } from '@tiffin/http-kit';

/**
 * The delivery, if it is the customer's: someone else's answers exactly like a missing one (404), so
 * ids cannot be probed.
 */
export async function customersDelivery(deliveries: ServiceClient, deliveryId: string, consumerId: string, correlationId: string): Promise<Delivery> {
  const notFound = new NotFoundError(`delivery ${deliveryId} not found`);
  let found: Delivery;
  try {
    found = await deliveries.get(`/deliveries/${deliveryId}`, delivery, { correlationId, consumerId });
  } catch (error) {
    if (error instanceof ProblemError && error.statusCode === 404) throw notFound;
    throw error;
  }
  if (found.consumerId !== consumerId) throw notFound;
  return found;
}
