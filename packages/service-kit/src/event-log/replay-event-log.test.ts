import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { sampleMessage } from '../test-fixtures/messages';
import { outbox } from '../outbox/outbox-table';
import { replayEventLog } from './replay-event-log';

const rejection = () => createMessage('OrderRejected', 'order', { orderId: randomUUID(), consumerId: randomUUID(), reason: 'Sold out' });
const replayCommand = (types: string[]) =>
  createMessage('ReplayEvents', 'order-history', { rebuildId: randomUUID(), requester: 'order-history', types }, 'rebuild-correlation');

describe.each(backends)('replaying an event log on $name', (backend) => {
  const database = useTestDatabase(backend);

  async function logged(message: Message, state: 'pending' | 'published' = 'published') {
    await database().db.insert(outbox).values({ id: message.id, type: message.type, payload: message, state, publishedAt: state === 'published' ? new Date() : null });
    return message;
  }

  function replay(command: Message<'ReplayEvents'>, pageSize = 2) {
    const sent: Message[] = [];
    const options = { db: database().db, publish: async (message: Message) => void sent.push(message), logger: recordingLogger().logger };
    return replayEventLog({ ...options, owner: 'order', loggedTypes: ['OrderRejected', 'OrderApproved'], pageSize }, command).then((count) => ({ count, sent }));
  }

  it('republishes every logged event of the asked types, oldest first, to the requester, then says how many', async () => {
    const events = [await logged(rejection()), await logged(rejection()), await logged(rejection(), 'pending')];
    await logged(sampleMessage()); // a saga reply: not in the log
    const command = replayCommand(['OrderRejected', 'DeliveryScheduled']);

    const { count, sent } = await replay(command);

    expect(count).toBe(3);
    const replayed = sent.filter((m): m is Message<'ReplayedEvent'> => m.type === 'ReplayedEvent');
    expect(replayed.map((m) => m.payload.event)).toEqual(events);
    expect(replayed.every((m) => m.payload.rebuildId === command.payload.rebuildId && m.payload.requester === 'order-history')).toBe(true);
    expect(sent.at(-1)).toMatchObject({
      type: 'EventReplayFinished',
      correlationId: 'rebuild-correlation',
      payload: { rebuildId: command.payload.rebuildId, requester: 'order-history', owner: 'order', events: 3 },
    });
  });

  it('sends the same message ids when the same replay runs again, and new ones for another rebuild', async () => {
    await logged(rejection());
    const command = replayCommand(['OrderRejected']);
    const first = await replay(command);
    const again = await replay(command);
    const other = await replay(replayCommand(['OrderRejected']));
    expect(again.sent.map((m) => m.id)).toEqual(first.sent.map((m) => m.id));
    expect(other.sent.map((m) => m.id).some((messageId) => first.sent.some((m) => m.id === messageId))).toBe(false);
  });

  it('answers a request for types it does not log with an empty, finished replay', async () => {
    await logged(rejection());
    const { count, sent } = await replay(replayCommand(['DeliveryScheduled']));
    expect(count).toBe(0);
    expect(sent.map((m) => m.type)).toEqual(['EventReplayFinished']);
  });
});
