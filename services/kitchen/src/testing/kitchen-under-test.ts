import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createKitchenService, type KitchenService } from '../app';

export type KitchenUnderTest = ServiceUnderTest<KitchenService>;

/** The real kitchen service on its own embedded database and in-process broker, not started yet. */
export function kitchenUnderTest(): Promise<KitchenUnderTest> {
  return serviceUnderTest('kitchen', createKitchenService);
}
