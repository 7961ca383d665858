import type { ServiceName } from '../../topology/src/topology';
import { eventLogsOfOwners } from './catalogue';
import type { MessageType } from './messages';

/**
 * The events each owner keeps for good in its outbox (its event log: `eventLog` in its file under
 * owners/) instead of pruning them once published, and republishes on ReplayEvents, so a view fed by
 * them can be dropped and rebuilt from scratch. Only events: saga commands and replies are pruned as before. Keeping them costs nothing on
 * the hot path (the published row is simply not deleted).
 */
export const eventLogs = eventLogsOfOwners() satisfies Partial<Record<ServiceName, readonly MessageType[]>>;

export type EventLogOwner = keyof typeof eventLogs;

/** The owners whose logs hold any of `types`: the ones a rebuild of a view of those types waits for. */
export function eventLogOwnersOf(types: readonly string[]): EventLogOwner[] {
  return (Object.keys(eventLogs) as EventLogOwner[]).filter((owner) =>
    (eventLogs[owner] as readonly string[]).some((type) => types.includes(type)),
  );
}

/** What `service` keeps of its outbox for good; nothing for a service that keeps no event log. */
export function eventLogOf(service: ServiceName): readonly MessageType[] {
  return Object.hasOwn(eventLogs, service) ? eventLogs[service as EventLogOwner] : [];
}
