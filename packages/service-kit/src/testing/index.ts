export { eventually } from './eventually';
export { freshDataDir } from './pglite-template';
export { freshPostgresDatabases } from './postgres-databases';
export { externalBackendsTested, testedBackends } from './tested-backends';
export { publishedMessages } from './published-messages';
export { serviceUnderTest, type ServiceUnderTest } from './service-under-test';
export { backends as kitTestBackends, type TestBackend } from '../test-fixtures/test-databases';
export { useTestDatabase as useKitTestDatabase } from '../test-fixtures/use-test-database';
export { notes as kitTestNotes } from '../test-fixtures/notes-table';
