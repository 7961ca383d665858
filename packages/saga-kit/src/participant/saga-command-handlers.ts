import type { ConsumerName } from '@tiffin/messages';
import { handleOnce, handleOnceInOneStatement } from '@tiffin/service-kit';
import { noReply } from './command-reply';
import type { ParticipantDb, ParticipantSubscription, ParticipantTx, SagaCommandHandlers } from './command-handler';
import { commandSubscription } from './command-subscription';
import type { CommandsOf } from './participant-queue';

type Schema = Record<string, unknown>;

/**
 * A participant that changes its own state: each command is handled once, in the consumer's
 * transaction (handleOnce, grouped under load). The handler's writes, its reply in the outbox and the
 * inbox's dedup row commit together or not at all: a command delivered again changes nothing and is
 * not answered again; a handler that throws leaves nothing behind, and the broker retries it.
 */
export function sagaCommandHandlers<S extends Schema, Q extends ConsumerName, K extends CommandsOf<Q>>(
  definition: SagaCommandHandlers<S, Q, K, ParticipantTx<S>>,
): ParticipantSubscription<S, Q> {
  return commandSubscription(definition, async (context, command, answer, send) => {
    let reply = noReply();
    await handleOnce(context.db, definition.consumer, command, async (tx) => {
      reply = await answer(tx as ParticipantTx<S>);
      await send(tx, reply);
    });
    return reply;
  });
}

/**
 * A participant that changes nothing and answers from what it reads (a validation): its handler reads
 * outside any transaction, then the reply and the dedup row go as one statement
 * (handleOnceInOneStatement), one round trip instead of a transaction's three. Nothing is locked, so
 * a reply from a read made just before is as good as one made inside a transaction.
 */
export function readOnlySagaCommandHandlers<S extends Schema, Q extends ConsumerName, K extends CommandsOf<Q>>(
  definition: SagaCommandHandlers<S, Q, K, ParticipantDb<S>>,
): ParticipantSubscription<S, Q> {
  return commandSubscription(definition, async (context, command, answer, send) => {
    const reply = await answer(context.db);
    await handleOnceInOneStatement(context.db, definition.consumer, command, (tx) => send(tx, reply));
    return reply;
  });
}
