import { describe, expect, it } from 'vitest';
import type { Delivery } from '@tiffin/contracts';
import { nextStep, splitByProgress, waitingFor } from './courierSteps';

function delivery(overrides: Partial<Delivery>): Delivery {
  return {
    id: '5a0d7a39-8d4f-4d3c-9a53-6c1b2f0a9e01',
    orderId: '9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11',
    consumerId: '3b241101-e2bb-4255-8caf-4136c566a962',
    restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
    restaurantName: 'Dosa House',
    pickupAddress: '1 Curry Lane',
    deliveryAddress: '12 Harbour Street',
    status: 'ASSIGNED',
    courierId: '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e90',
    totalCents: 2450,
    scheduledAt: '2026-11-21T12:00:00.000Z',
    updatedAt: '2026-11-21T12:00:00.000Z',
    ...overrides,
  };
}

describe('nextStep', () => {
  it('offers take, then picked up, then delivered, and nothing once it is over', () => {
    expect(nextStep('SCHEDULED')?.action).toBe('take');
    expect(nextStep('ASSIGNED')?.action).toBe('pick-up');
    expect(nextStep('PICKED_UP')?.action).toBe('deliver');
    expect(nextStep('DELIVERED')).toBeUndefined();
    expect(nextStep('CANCELLED')).toBeUndefined();
  });
});

describe('splitByProgress', () => {
  it('keeps deliveries under way apart from those delivered or cancelled, most recently changed first', () => {
    const older = delivery({ id: 'a0000000-0000-4000-8000-000000000001', status: 'PICKED_UP', updatedAt: '2026-11-21T12:05:00.000Z' });
    const newer = delivery({ id: 'a0000000-0000-4000-8000-000000000002', status: 'ASSIGNED', updatedAt: '2026-11-21T12:10:00.000Z' });
    const done = delivery({ id: 'a0000000-0000-4000-8000-000000000003', status: 'DELIVERED' });
    const cancelled = delivery({ id: 'a0000000-0000-4000-8000-000000000004', status: 'CANCELLED' });
    const { active, past } = splitByProgress([older, done, newer, cancelled]);
    expect(active.map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(past.map((d) => d.id).sort()).toEqual([done.id, cancelled.id].sort());
  });
});

describe('waitingFor', () => {
  const scheduledAt = '2026-11-21T12:00:00.000Z';
  const at = (minutes: number) => Date.parse(scheduledAt) + minutes * 60_000;
  it('says how long a delivery has been on offer in minutes and hours', () => {
    expect(waitingFor(scheduledAt, at(0.5))).toBe('just now');
    expect(waitingFor(scheduledAt, at(4))).toBe('4 min');
    expect(waitingFor(scheduledAt, at(60))).toBe('1 h');
    expect(waitingFor(scheduledAt, at(65))).toBe('1 h 5 min');
  });
});
