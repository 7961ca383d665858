import type { ConsumerName, Message, MessageType } from '@tiffin/messages';
import { orderingKeyOf } from '@tiffin/broker';
import { enqueue, type ServiceContext, type Tx } from '@tiffin/service-kit';
import { replyMessage, type CommandReply } from './command-reply';
import type { CommandHandler, ParticipantSubscription, SagaCommandHandlers } from './command-handler';
import { handledCommands, type CommandsOf } from './participant-queue';

type Schema = Record<string, unknown>;

/**
 * Runs the handler (`answer`) and writes its reply (`send`) once per command, in the inbox of the
 * participant's kind; resolves to the reply once it is committed.
 */
export type AnswerOnce<S extends Schema, H> = (
  context: ServiceContext<S>,
  command: Message,
  answer: (handle: H) => Promise<CommandReply>,
  send: (tx: Tx<S>, reply: CommandReply) => Promise<void>,
) => Promise<CommandReply>;

/**
 * What every participant does alike: subscribe to the commands it has handlers for, hand each command
 * to its handler, put the reply in the outbox with the handler's writes, wake the relay, log it.
 */
export function commandSubscription<S extends Schema, Q extends ConsumerName, K extends CommandsOf<Q>, H>(
  definition: SagaCommandHandlers<S, Q, K, H>,
  answerOnce: AnswerOnce<S, H>,
): ParticipantSubscription<S, Q> {
  const { consumer, source, handlers } = definition;
  const types = handledCommands(consumer, handlers);
  const byType = handlers as Record<string, CommandHandler<S, MessageType, H>>;
  return (context) => ({
    consumer,
    types,
    handle: async (received) => {
      const command = received as Message;
      // The broker hands this subscription only the types it names, and each of those has a handler.
      const handler = byType[command.type]!;
      const reply = await answerOnce(
        context,
        command,
        (handle) => handler(handle, command, context),
        async (tx, made) => {
          if (made.outcome !== 'none') await enqueue(tx, replyMessage(made, command, source));
        },
      );
      // Whatever the reply, as before the kit: a handler may have enqueued events of its own.
      context.outboxWritten();
      logHandled(context, command, reply);
    },
  });
}

/** One line per command, once committed: inside the work it could be twice, as a failed group runs its work again. */
function logHandled<S extends Schema>(context: ServiceContext<S>, command: Message, reply: CommandReply): void {
  const answer =
    reply.outcome === 'none'
      ? {}
      : { reply: reply.type, ...(reply.outcome === 'failure' && 'reason' in reply.payload ? { reason: reply.payload.reason } : {}) };
  context.logger.info({ key: orderingKeyOf(command), command: command.type, outcome: reply.outcome, ...answer }, 'saga command handled');
}
