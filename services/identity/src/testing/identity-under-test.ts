import { serviceUnderTest, testedBackends, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createIdentityService, type IdentityService } from '../app';

export type IdentityUnderTest = ServiceUnderTest<IdentityService>;
type IdentityDatabase = 'pglite' | 'postgres';
export const identityDatabases = testedBackends<IdentityDatabase>('pglite', 'postgres');

/** The real identity service on a fresh embedded or PostgreSQL database, not started yet. */
export function identityUnderTest(database: IdentityDatabase): Promise<IdentityUnderTest> {
  return serviceUnderTest('identity', createIdentityService, { database });
}
