export { eventually } from './eventually';
export { freshDataDir } from './pglite-template';
export { freshPostgresDatabases } from './postgres-databases';
export { publishedMessages } from './published-messages';
export { serviceUnderTest, type ServiceUnderTest } from './service-under-test';
