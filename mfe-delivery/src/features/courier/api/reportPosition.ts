import { trackedPosition, type CityPoint, type TrackedPosition } from '@tiffin/contracts';
import type { BffClient } from '@tiffin/slice-kit';

/** POST /courier/deliveries/:deliveryId/position at the delivery BFF: where the signed-in courier is now. */
export function reportPosition(bff: BffClient, deliveryId: string, at: CityPoint): Promise<TrackedPosition> {
  return bff.post(`/courier/deliveries/${encodeURIComponent(deliveryId)}/position`, { x: at.x, y: at.y }, trackedPosition);
}
