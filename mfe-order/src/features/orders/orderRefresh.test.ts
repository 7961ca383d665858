import { describe, expect, it } from 'vitest';
import { orderStatus, type Order } from '@tiffin/contracts';
import { canBeCancelled, furthest, furthestEach, isBeingPlaced, isNotBehind, isSettled } from './orderRefresh';

describe('where an order is in its life, as the order page reads it', () => {
  it('offers cancelling from approval until the courier picks the order up', () => {
    expect(orderStatus.options.filter(canBeCancelled)).toEqual(['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP']);
  });

  it('stops following an order once it is delivered, rejected or cancelled', () => {
    expect(orderStatus.options.filter(isSettled)).toEqual(['DELIVERED', 'REJECTED', 'CANCELLED']);
    expect(orderStatus.options.filter(isBeingPlaced)).toEqual(['PENDING', 'CONSUMER_VALIDATED', 'ORDER_DETAILS_VALIDATED', 'VALIDATED']);
  });
});

describe('a pushed status against the one on screen', () => {
  it('moves an order on, never back', () => {
    expect(isNotBehind('PREPARING', 'ACCEPTED')).toBe(true);
    expect(isNotBehind('ACCEPTED', 'PREPARING')).toBe(false);
    expect(isNotBehind('CANCELLED', 'READY_FOR_PICKUP')).toBe(true);
    expect(isNotBehind('APPROVED', 'CANCELLED')).toBe(false);
    expect(isNotBehind('PENDING', undefined)).toBe(true);
  });
});

describe('an order read from the order service against the one pushed', () => {
  const order = (id: string, status: Order['status']) => ({ id, status }) as Order;

  it('keeps whichever is further along, for one order and for each of a list', () => {
    expect(furthest(order('a', 'ACCEPTED'), order('a', 'APPROVED')).status).toBe('ACCEPTED');
    expect(furthest(order('a', 'APPROVED'), order('a', 'PREPARING')).status).toBe('PREPARING');
    expect(furthest(undefined, order('a', 'PENDING')).status).toBe('PENDING');
    expect(furthestEach([order('a', 'DELIVERED')], [order('b', 'PENDING'), order('a', 'PICKED_UP')]).map((o) => o.status)).toEqual([
      'PENDING',
      'DELIVERED',
    ]);
  });
});
