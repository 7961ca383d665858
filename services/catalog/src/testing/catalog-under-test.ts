import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createCatalogService, type CatalogService } from '../app';

export type CatalogUnderTest = ServiceUnderTest<CatalogService>;

/** The real catalog service on its own embedded database and in-process broker, not started yet. */
export function catalogUnderTest(): Promise<CatalogUnderTest> {
  return serviceUnderTest('catalog', createCatalogService);
}
