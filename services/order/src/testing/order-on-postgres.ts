import { serviceUnderTest } from '@tiffin/service-kit/testing';
import { createOrderService } from '../app';
import type { OrderUnderTest } from './order-under-test';

/** The real order service on a fresh PostgreSQL database (TIFFIN_TEST_DATABASE_URL's server), not started yet. */
export function orderOnPostgres(): Promise<OrderUnderTest> {
  return serviceUnderTest('order', createOrderService, { database: 'postgres' });
}
