import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createConsumerService, type ConsumerService } from '../app';

export type ConsumerUnderTest = ServiceUnderTest<ConsumerService>;

/** The real consumer service on its own embedded database and in-process broker, not started yet. */
export function consumerUnderTest(): Promise<ConsumerUnderTest> {
  return serviceUnderTest('consumer', createConsumerService);
}
