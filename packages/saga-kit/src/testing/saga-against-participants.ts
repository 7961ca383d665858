import { afterAll, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';
import { handleOnce, sagaInstances, startOutboxRelay, type Db, type OutboxRelay } from '@tiffin/service-kit';
import { eventually, kitTestBackends, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { replyTypesOf, type SagaDefinition } from '../saga-definition';
import { createSagaOrchestrator } from '../saga-orchestrator';

type AnyDb = Db<Record<string, unknown>>;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** How a saga run by the test ended. */
export interface SagaOutcome {
  status: 'succeeded' | 'compensated';
  failureReason: string | null;
}

/**
 * A saga orchestrated by the test against real participants: its instances in a kit test database,
 * its commands published on the participants' broker by a real outbox relay, and their replies handed
 * back through the inbox, as an orchestrating service's reply consumer does. So a participant service
 * is seen taking part in saga steps, compensation included, without the order service. Sagas are keyed
 * by the order they are about, as Tiffin's are. Call it inside a describe, after the participants'
 * broker is made (its hooks run after the ones declared before it).
 */
export function sagaAgainstParticipants<D extends { orderId: string }>(definition: SagaDefinition<D>, broker: () => Broker) {
  const database = useKitTestDatabase(kitTestBackends[0]!);
  const saga = createSagaOrchestrator(definition, { source: `${definition.name}-under-test` });
  const consumer = `${definition.name}-under-test.replies`;
  let relay: OutboxRelay | undefined;
  const db = () => database().db as unknown as AnyDb;

  beforeAll(async () => {
    relay = startOutboxRelay({ db: db(), broker: broker(), logger: silent, pollMs: 50 });
    await broker().subscribe({
      consumer,
      types: replyTypesOf(definition),
      handle: async (reply: Message) => {
        const orderId = (reply.payload as { orderId: string }).orderId;
        await handleOnce(db(), consumer, reply, async (tx) => {
          await saga.handleReply(tx, orderId, reply);
        });
        relay?.wake();
      },
    });
  });
  afterAll(() => relay?.stop());

  const outcome = (orderId: string): Promise<SagaOutcome> =>
    eventually(`the ${definition.name} saga of order ${orderId} to end`, async () => {
      const [instance] = await db().select().from(sagaInstances).where(eq(sagaInstances.id, orderId));
      return instance && instance.status !== 'running' ? { status: instance.status, failureReason: instance.failureReason } : undefined;
    });

  /** Starts a saga for `data.orderId`; its first commands go out at once. */
  async function start(data: D): Promise<void> {
    await db().transaction((tx) => saga.start(tx, data.orderId, data));
    relay?.wake();
  }

  return {
    start,
    /** Resolves once the saga of `orderId` has ended, however it ended. */
    outcome,
    /** Starts a saga and resolves once it has ended. */
    run: async (data: D): Promise<SagaOutcome> => {
      await start(data);
      return outcome(data.orderId);
    },
  };
}
