import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createIdentityService, type IdentityService } from '../app';

export type IdentityUnderTest = ServiceUnderTest<IdentityService>;
export const identityDatabases = ['pglite', 'postgres'] as const;

/** The real identity service on a fresh embedded or PostgreSQL database, not started yet. */
export function identityUnderTest(database: (typeof identityDatabases)[number]): Promise<IdentityUnderTest> {
  return serviceUnderTest('identity', createIdentityService, { database });
}
