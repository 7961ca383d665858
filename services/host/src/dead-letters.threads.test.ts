import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerQueueTypes } from '@tiffin/messages';
import { serviceDeadLetters } from '@tiffin/contracts';
import { asOperator, testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { startServiceThreads, type RunningServiceThreads } from './threads/start-service-threads';

// The broker lives on the host's main thread; each service asks it about its dead letters over its port.
describe('dead letters of services on their own threads', () => {
  let running: RunningServiceThreads;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    const data = await freshDataDir([...serviceNames]);
    remove = data.remove;
    const env: NodeJS.ProcessEnv = { ...process.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
    delete env.TIFFIN_AMQP_URL;
    running = await startServiceThreads({ env, ports: 'ephemeral' });
    // Eight services each open and migrate a PGlite database at once: on a busy two-core machine, over a minute.
  }, 150_000);
  afterAll(async () => {
    await running?.stop();
    await remove?.();
  });

  it('each service lists its own consumers’ dead letters from the host’s broker, and answers 404 for a letter it does not have', async () => {
    for (const service of serviceNames) {
      const response = await fetch(`${running.urls[service]}/admin/dead-letters`, { headers: asOperator() });
      expect(response.status).toBe(200);
      const listed = serviceDeadLetters.parse(await response.json());
      expect(listed.service).toBe(service);
      // The identity service consumes nothing; every other service has consumers of its own.
      const declared = Object.keys(consumerQueueTypes).filter((consumer) => consumer.startsWith(`${service}.`));
      expect(listed.consumers.length > 0, service).toBe(declared.length > 0);
      for (const { consumer, count, letters } of listed.consumers) {
        expect(consumer in consumerQueueTypes && consumer.startsWith(`${service}.`), consumer).toBe(true);
        expect({ count, letters }).toEqual({ count: 0, letters: [] });
      }
      for (const { consumer } of listed.consumers) {
        const replay = await fetch(`${running.urls[service]}/admin/dead-letters/${consumer}/no-such-letter/replay`, { method: 'POST', headers: asOperator() });
        expect(replay.status).toBe(404);
        expect(((await replay.json()) as { message: string }).message).toBe(`consumer ${consumer} has no dead letter no-such-letter`);
      }
    }
  });
});
