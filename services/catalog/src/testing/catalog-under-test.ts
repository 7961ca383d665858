import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createCatalogService, type CatalogService } from '../app';

export type CatalogUnderTest = ServiceUnderTest<CatalogService>;

/**
 * The real catalog service on its own embedded database (or a fresh PostgreSQL one on
 * TIFFIN_TEST_DATABASE_URL's server) and an in-process broker, not started yet.
 */
export function catalogUnderTest(database: 'pglite' | 'postgres' = 'pglite'): Promise<CatalogUnderTest> {
  return serviceUnderTest('catalog', createCatalogService, { database });
}
