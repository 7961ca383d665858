// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { demoAccounts } from '@tiffin/demo-accounts';
import { deliveryList, offeredDeliveryList, trackedPosition, type CityPoint, type Delivery } from '@tiffin/contracts';
import { courierMetresPerSecond, placeAddress, rideDistance } from '@tiffin/demo-city';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import DeliverySlice from '../../../Slice';
import { sharingEveryMs } from '../location/useLocationSharing';
import { shiftStart } from '../location/simulatedRide';

const taken: Delivery = {
  id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607190',
  orderId: '7f2e1d0c-9b8a-4c6d-8e5f-4a3b2c1d0ea0',
  consumerId: demoAccounts.guest.consumerId,
  restaurantId: demoAccounts.bombayStaff.restaurantId,
  restaurantName: 'Bombay Tiffin House',
  pickupAddress: '118 Lexington Ave, New York, NY 10016',
  deliveryAddress: '221 Baker Street, Apt 2B',
  status: 'ASSIGNED',
  courierId: demoAccounts.rosa.courierId,
  totalCents: 1695,
  scheduledAt: '2026-12-03T18:00:00.000Z',
  updatedAt: '2026-12-03T18:01:00.000Z',
};

describe('the courier’s screen while they carry a delivery out', () => {
  afterEach(() => vi.useRealTimers());

  it('shares a simulated ride toward the restaurant every second, at a courier’s pace', async () => {
    // The sharing's clock is the test's; react-query and the page keep real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    let seq = 0;
    const page = renderSlice(DeliverySlice, {
      slice: 'delivery',
      session: demoSession('rosa'),
      bff: {
        'GET /courier/offered-deliveries': answer(offeredDeliveryList, []),
        'GET /courier/deliveries': answer(deliveryList, [taken]),
        [`POST /courier/deliveries/${taken.id}/position`]: ({ body }) =>
          answer(trackedPosition, { seq: ++seq, at: body as CityPoint, reportedAt: new Date().toISOString() }),
      },
    });
    await page.findByText('The customer follows you on the map, from a simulated ride (the demo).');
    const shared = () => page.bff.calls.filter((call) => call.path === `/courier/deliveries/${taken.id}/position`).map((call) => call.body as CityPoint);
    expect(shared()).toEqual([shiftStart(demoAccounts.rosa.courierId)]);

    await act(async () => void vi.advanceTimersByTime(sharingEveryMs * 3));
    const rode = shared();
    expect(rode).toHaveLength(4);
    // Each second a courier's five metres nearer the restaurant, along the roads.
    const restaurant = placeAddress(taken.pickupAddress);
    const left = rode.map((at) => rideDistance(at, restaurant));
    for (let i = 1; i < left.length; i++) expect(left[i - 1]! - left[i]!).toBeCloseTo(courierMetresPerSecond * (sharingEveryMs / 1000), 6);
  });
});
