export { openDatabase, type OpenDatabaseOptions } from './database/open-database';
export type { Db, Tx, ServiceDatabase } from './database/db-types';
export { gatherInBatch, inTransaction, writeAtomically, writeLater } from './database/batched-writes';
export { isUniqueViolation } from './database/unique-violation';
export { qualified } from './database/qualified';
export { outbox, outboxStates, type OutboxState } from './outbox/outbox-table';
export { enqueue } from './outbox/enqueue';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { receivedMessages } from './inbox/received-messages-table';
export { handleOnce, handleOnceInOneStatement } from './inbox/handle-once';
export {
  defineService,
  type Service,
  type ServiceContext,
  type ServiceDefinition,
  type ServiceOptions,
  type ServiceSubscription,
} from './service/define-service';
export { runServiceAlone } from './service/run-service-alone';
export type { KitLogger } from './logger';
export { pruneExpiredRows, startStoragePruner, type StoragePrunerOptions, type StorageRetention } from './pruning/storage-pruner';
export { sagaInstances, sagaStatuses, type SagaStatus, type SagaHistoryEntry } from './saga/saga-instances-table';
export { startPeriodic, type Periodic } from './service/periodic';
