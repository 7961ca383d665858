import type { Broker } from '@tiffin/broker';
import { replayEventsConsumer, type Message } from '@tiffin/messages';
import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { replayEventLog } from './replay-event-log';

/**
 * An owner's answer to a view's rebuild. No inbox here: a replay run twice sends the same message ids,
 * which the view takes once, and keeping a transaction open for the whole replay would hold a
 * connection across every publish.
 */
export function replayEventsSubscription<S extends Record<string, unknown>>(options: {
  db: () => Db<S>;
  broker: Pick<Broker, 'publish'>;
  logger: KitLogger;
  owner: string;
  loggedTypes: readonly string[];
}) {
  const { broker, logger, owner, loggedTypes } = options;
  return {
    consumer: replayEventsConsumer(owner),
    types: ['ReplayEvents'] as const,
    // One replay at a time: each already publishes a page at once.
    concurrency: 1,
    handle: async (command: Message<'ReplayEvents'>) => {
      await replayEventLog({ db: options.db(), publish: (message) => broker.publish(message), logger, owner, loggedTypes }, command);
    },
  };
}
