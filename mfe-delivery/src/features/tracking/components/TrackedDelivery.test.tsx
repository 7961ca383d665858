// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { delivery, deliveryTracking } from '@tiffin/contracts';
import { placeAddress, rideDistance } from '@tiffin/demo-city';
import { formatTime } from '@tiffin/slice-kit';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import DeliverySlice from '../../../Slice';
import { trackedDelivery, trackingOf } from '../testing/tracking';

const courierAt = { seq: 12, at: { x: 1_600, y: 1_000 }, reportedAt: '2026-12-03T18:25:00.000Z' };

describe('the customer’s tracking page', () => {
  it('shows each step with its time, when it should arrive and by when at the latest, and the courier on the map', async () => {
    const page = renderSlice(DeliverySlice, {
      slice: 'delivery',
      path: trackedDelivery.id,
      session: demoSession('guest'),
      bff: {
        [`GET /deliveries/${trackedDelivery.id}`]: answer(delivery, trackedDelivery),
        [`GET /deliveries/${trackedDelivery.id}/tracking`]: answer(deliveryTracking, trackingOf({ courier: courierAt, trail: [courierAt] })),
      },
    });
    const steps = await page.findByRole('list', { name: 'Delivery progress' });
    const rows = [...steps.querySelectorAll('li')].map((row) => row.textContent);
    expect(rows).toEqual([
      `Order confirmed${formatTime('2026-12-03T18:00:00.000Z')}`,
      `Accepted by the kitchen${formatTime('2026-12-03T18:02:00.000Z')}`,
      `Being prepared${formatTime('2026-12-03T18:04:00.000Z')}`,
      `Ready for pick-up${formatTime('2026-12-03T18:19:00.000Z')}`,
      `A courier took it${formatTime('2026-12-03T18:10:00.000Z')}`,
      `Picked up${formatTime('2026-12-03T18:21:00.000Z')}`,
      'Deliverednot yet',
    ]);
    expect(steps.querySelector('[aria-current="step"]')?.textContent).toMatch(/^Delivered/);
    expect(page.getByText(/^Arriving around/).textContent).toBe(
      `Arriving around ${formatTime('2026-12-03T18:32:00.000Z')}, by ${formatTime('2026-12-03T18:41:00.000Z')} at the latest.`,
    );

    const map = page.getByRole('img', { name: /^Map of Tiffin Town/ });
    const km = (rideDistance(courierAt.at, placeAddress(trackedDelivery.deliveryAddress)) / 1000).toFixed(1);
    expect(map.querySelector('title')?.textContent).toBe(`Map of Tiffin Town. Your courier is on Market Avenue, ${km} km from your door.`);
    const courier = page.getByRole('img', { name: 'Courier' }).querySelector('circle');
    expect([courier?.getAttribute('cx'), courier?.getAttribute('cy')]).toEqual(['1600', '1000']);
    expect(page.getByRole('img', { name: 'Restaurant' })).toBeTruthy();
    expect(page.getByRole('img', { name: 'Your door' })).toBeTruthy();
  });

  it('says it cannot tell the arrival yet before the kitchen has accepted the order', async () => {
    const waiting = { ...trackedDelivery, status: 'SCHEDULED' as const, courierId: null };
    const steps = trackingOf().steps.map((step) => (step.step === 'confirmed' ? step : { ...step, at: null }));
    const page = renderSlice(DeliverySlice, {
      slice: 'delivery',
      path: waiting.id,
      session: demoSession('guest'),
      bff: {
        [`GET /deliveries/${waiting.id}`]: answer(delivery, waiting),
        [`GET /deliveries/${waiting.id}/tracking`]: answer(deliveryTracking, trackingOf({ delivery: waiting, steps, arrival: null })),
      },
    });
    await page.findByText('We can say when it arrives once the kitchen has accepted your order.');
    expect(page.queryByRole('img', { name: 'Courier' })).toBeNull();
  });
});
