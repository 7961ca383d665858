import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ConsumerName, Message, MessageType } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import type { ServiceContext } from '@tiffin/service-kit';
import type { CommandReply } from './command-reply';
import type { CommandsOf } from './participant-queue';

type Schema = Record<string, unknown>;

/**
 * The service kit's Tx and Db, spelt as the drizzle types they are: through these the compiler learns
 * the service's schema from a handler's first parameter (it cannot see through Tx's conditional type).
 */
export type ParticipantTx<S extends Schema> = PgTransaction<PgQueryResultHKT, S, ExtractTablesWithRelations<S>>;
export type ParticipantDb<S extends Schema> = PgDatabase<PgQueryResultHKT, S>;

/**
 * Answers one command: makes the participant's own changes through `handle` (the consumer's
 * transaction, or for a read-only participant its database) and returns the reply, never sending it.
 */
export type CommandHandler<S extends Schema, T extends MessageType, H> = (
  handle: H,
  command: Message<T>,
  context: ServiceContext<S>,
) => Promise<CommandReply>;

/** A saga participant as it declares itself, the way FTGO's SagaCommandHandlersBuilder reads. */
export interface SagaCommandHandlers<S extends Schema, Q extends ConsumerName, K extends CommandsOf<Q>, H> {
  /** Its queue, as @tiffin/messages' consumerQueueTypes names it: the types bound there are what it must handle. */
  consumer: Q;
  /** The participant as the source of its replies: "kitchen". */
  source: string;
  /**
   * One handler per command its queue receives, neither more nor fewer. Mapped over K, the commands
   * given, so that the compiler infers the schema from the handlers; those left out are then asked
   * for by name ("Property 'ConfirmTicket' is missing").
   */
  handlers: { [T in K]: CommandHandler<S, T, H> } & { [T in Exclude<CommandsOf<Q>, K>]: CommandHandler<S, T, H> };
}

/** What a participant declaration gives defineService's subscriptions. */
export type ParticipantSubscription<S extends Schema, Q extends ConsumerName> = (context: ServiceContext<S>) => Subscription<CommandsOf<Q>>;
