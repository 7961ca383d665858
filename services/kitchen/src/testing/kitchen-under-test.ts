import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createKitchenService, type KitchenService } from '../app';

export type KitchenUnderTest = ServiceUnderTest<KitchenService>;

/** The real kitchen service on its own database (embedded unless told) and in-process broker, not started yet. */
export function kitchenUnderTest(database: 'pglite' | 'postgres' = 'pglite'): Promise<KitchenUnderTest> {
  return serviceUnderTest('kitchen', createKitchenService, { database });
}
