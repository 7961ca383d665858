import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createOrderService, type OrderService } from '../app';

export type OrderUnderTest = ServiceUnderTest<OrderService>;

/** The real order service on its own embedded database and in-process broker, not started yet. */
export function orderUnderTest(): Promise<OrderUnderTest> {
  return serviceUnderTest('order', createOrderService);
}
