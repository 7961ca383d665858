import amqp from 'amqplib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRabbitMqBroker, deleteExchangeAndQueues, type Broker } from '@tiffin/broker';
import { startFaultProxy, hostAndPort, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { createMessage, type Message } from '@tiffin/messages';
import { handleOnce, sagaInstances, startOutboxRelay, type Db, type OutboxRelay } from '@tiffin/service-kit';
import { eventually, kitTestBackends, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { watchSagaDeadlines } from './deadline-watch';
import { defineSaga, failBecause, participant, replyTypesOf, step, succeed } from './saga-definition';
import { createSagaOrchestrator } from './saga-orchestrator';

const amqpUrl = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const exchange = `tiffin-test.${crypto.randomUUID().slice(0, 8)}`;
const kitchenQueue = 'kitchen.deadline-outage-test';
const repliesQueue = 'order.deadline-outage-test';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const deadlineMs = 1_000;

/** One step with a short deadline: the kitchen, played by the test on a connection of its own. */
const ticketSaga = defineSaga<{ orderId: string }>('ticket-only', [
  step('create the ticket', {
    invoke: [
      participant('kitchen', (d) => ({ type: 'CreateTicket', payload: { orderId: d.orderId, restaurantId: d.orderId, lines: [] } }), {
        TicketCreated: () => succeed(),
        TicketRejected: (reply) => failBecause(reply.payload.reason),
      }, { timeoutReason: 'The kitchen did not take your order in time' }),
    ],
    deadlineMs,
  }),
]);

// The orchestrating side reaches RabbitMQ through a proxy the test cuts; the participant directly.
describe('saga deadlines across a broker outage longer than them', () => {
  const database = useKitTestDatabase(kitTestBackends[0]!);
  const db = () => database().db as unknown as Db<Record<string, unknown>>;
  const saga = createSagaOrchestrator(ticketSaga, { source: 'order' });
  let proxy: FaultProxy;
  let orchestrating: Broker;
  let kitchen: Broker;
  let relay: OutboxRelay;
  let watch: { stop(): Promise<void> };
  const tickets: Message<'CreateTicket'>[] = [];

  beforeAll(async () => {
    proxy = await startFaultProxy(hostAndPort(amqpUrl));
    orchestrating = await createRabbitMqBroker({ url: throughProxy(amqpUrl, proxy), exchange, logger: quiet, reconnectBackoff: { initialMs: 20, maxMs: 200 } });
    kitchen = await createRabbitMqBroker({ url: amqpUrl, exchange, logger: quiet });
    await orchestrating.declare([{ consumer: kitchenQueue, types: ['CreateTicket'] }, { consumer: repliesQueue, types: replyTypesOf(ticketSaga) }]);
    await kitchen.subscribe({ consumer: kitchenQueue, types: ['CreateTicket'], handle: async (command) => void tickets.push(command) });
    relay = startOutboxRelay({ db: db(), broker: orchestrating, logger: quiet, pollMs: 50 });
    await orchestrating.subscribe({
      consumer: repliesQueue,
      types: replyTypesOf(ticketSaga),
      handle: async (reply: Message) => {
        await handleOnce(db(), repliesQueue, reply, async (tx) => void (await saga.handleReply(tx, (reply.payload as { orderId: string }).orderId, reply)));
      },
    });
    watch = watchSagaDeadlines({ db: db(), saga, broker: orchestrating, logger: quiet, onExpired: () => relay.wake(), intervalMs: 50 });
  });
  afterAll(async () => {
    await watch?.stop();
    await relay?.stop();
    await orchestrating?.close();
    await kitchen?.close();
    await proxy?.close();
    const connection = await amqp.connect(amqpUrl);
    await deleteExchangeAndQueues(await connection.createChannel(), exchange, [kitchenQueue, repliesQueue]).finally(() => connection.close());
  });

  const statusOf = async (orderId: string) => (await db().select().from(sagaInstances).where(eq(sagaInstances.id, orderId)))[0];
  const ended = (orderId: string, timeoutMs = 10_000) =>
    eventually(`the saga of ${orderId} to end`, async () => {
      const instance = await statusOf(orderId);
      return instance && instance.status !== 'running' ? instance : undefined;
    }, timeoutMs);
  async function started(): Promise<string> {
    const orderId = crypto.randomUUID();
    await db().transaction((tx) => saga.start(tx, orderId, { orderId }));
    relay.wake();
    await eventually('the kitchen to get the command', () => tickets.find((ticket) => ticket.payload.orderId === orderId));
    return orderId;
  }

  it('does not reject an order whose reply waited out an outage of twice the deadline: it succeeds once the broker is back', async () => {
    const orderId = await started();
    proxy.refuse();
    proxy.dropConnections();
    await eventually('the orchestrator to see the outage', () => (orchestrating.status().connected ? undefined : true));
    // The kitchen answers at once, but its reply waits in RabbitMQ: the orchestrator is cut off
    // for twice the step's deadline.
    await kitchen.publish(createMessage('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() }));
    await new Promise((resolve) => setTimeout(resolve, 2 * deadlineMs));
    expect((await statusOf(orderId))?.status).toBe('running');
    proxy.accept();
    expect(await ended(orderId)).toMatchObject({ status: 'succeeded' });
  });

  it('still fails a step whose participant does not answer once the broker has been back for the deadline', async () => {
    const orderId = await started();
    expect(await ended(orderId)).toMatchObject({ status: 'compensated', failureReason: 'The kitchen did not take your order in time' });
  });
});
