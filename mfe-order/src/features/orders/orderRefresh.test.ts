import { describe, expect, it } from 'vitest';
import { orderStatus } from '@tiffin/contracts';
import { canBeCancelled, isBeingPlaced, isNotBehind, isSettled } from './orderRefresh';

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
