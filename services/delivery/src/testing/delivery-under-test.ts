import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createDeliveryService, type DeliveryService } from '../app';

export type DeliveryUnderTest = ServiceUnderTest<DeliveryService>;

/** The real delivery service on its own embedded database and in-process broker, not started yet. */
export function deliveryUnderTest(): Promise<DeliveryUnderTest> {
  return serviceUnderTest('delivery', createDeliveryService);
}
