import { consumerQueueTypes, type ConsumerName } from '@tiffin/messages';

/** The commands a participant's queue is bound to (@tiffin/messages' consumerQueueTypes): what it must handle. */
export type CommandsOf<Q extends ConsumerName> = (typeof consumerQueueTypes)[Q][number];

/**
 * The types a participant subscribes to: those it declares handlers for, refused unless they are
 * exactly the types its queue is bound to. A bound type without a handler would fail every delivery
 * until it is dead-lettered, and a handler for an unbound type would never run. The handlers' type
 * already says so to the compiler; this says it to code the compiler did not check.
 */
export function handledCommands<Q extends ConsumerName>(consumer: Q, handlers: object): CommandsOf<Q>[] {
  const bound: readonly string[] | undefined = consumerQueueTypes[consumer];
  if (!bound) throw new Error(`participant ${consumer}: no such queue in @tiffin/messages' consumerQueueTypes`);
  const declared = Object.keys(handlers);
  const unhandled = bound.filter((type) => !declared.includes(type));
  if (unhandled.length > 0) throw new Error(`participant ${consumer}: its queue receives ${unhandled.join(', ')}, with no handler`);
  const unbound = declared.filter((type) => !bound.includes(type));
  if (unbound.length > 0) throw new Error(`participant ${consumer}: handles ${unbound.join(', ')}, which its queue never receives`);
  return declared as CommandsOf<Q>[];
}
