import { deliveryTracking, type Delivery, type DeliveryTracking } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { placeAddress } from '@tiffin/demo-city';

export const trackedDelivery: Delivery = {
  id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f6071a1',
  orderId: '7f2e1d0c-9b8a-4c6d-8e5f-4a3b2c1d0eb1',
  consumerId: demoAccounts.guest.consumerId,
  restaurantId: demoAccounts.bombayStaff.restaurantId,
  restaurantName: 'Bombay Tiffin House',
  pickupAddress: '118 Lexington Ave, New York, NY 10016',
  deliveryAddress: '221 Baker Street, Apt 2B',
  status: 'PICKED_UP',
  courierId: demoAccounts.rosa.courierId,
  totalCents: 1695,
  scheduledAt: '2026-12-03T18:00:00.000Z',
  updatedAt: '2026-12-03T18:21:00.000Z',
};

/** The tracking of a delivery on its way to the guest's door, as the delivery BFF answers it, changed by `overrides`. */
export function trackingOf(overrides: Partial<DeliveryTracking> = {}): DeliveryTracking {
  return deliveryTracking.parse({
    delivery: trackedDelivery,
    steps: [
      { step: 'confirmed', at: '2026-12-03T18:00:00.000Z' },
      { step: 'accepted', at: '2026-12-03T18:02:00.000Z' },
      { step: 'preparing', at: '2026-12-03T18:04:00.000Z' },
      { step: 'ready', at: '2026-12-03T18:19:00.000Z' },
      { step: 'assigned', at: '2026-12-03T18:10:00.000Z' },
      { step: 'picked-up', at: '2026-12-03T18:21:00.000Z' },
      { step: 'delivered', at: null },
    ],
    pickup: placeAddress(trackedDelivery.pickupAddress),
    dropOff: placeAddress(trackedDelivery.deliveryAddress),
    courier: null,
    arrival: { estimate: '2026-12-03T18:32:00.000Z', latest: '2026-12-03T18:41:00.000Z' },
    seq: 12,
    trail: [],
    ...overrides,
  });
}
