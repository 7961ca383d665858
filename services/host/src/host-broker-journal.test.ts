import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { startServices } from './host';

it('journals its in-process broker under TIFFIN_DATA_DIR/broker, so the queues outlive the process', async () => {
  const data = await freshDataDir(['delivery']);
  const env = { TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: 'silent' };
  try {
    const running = await startServices({ env, services: ['delivery'], ports: 'ephemeral' });
    try {
      const journal = fs.readFileSync(path.join(data.dataDir, 'broker', 'journal.jsonl'), 'utf8');
      const declared = journal.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { op: string; consumer?: string });
      expect(declared).toContainEqual(expect.objectContaining({ op: 'declare', consumer: expect.stringContaining('delivery') }));
      // A second host on the same data would compete for the journal; it is refused, naming it.
      await expect(startServices({ env, services: ['delivery'], ports: 'ephemeral' })).rejects.toThrow(/broker journal .* in use/);
    } finally {
      await running.stop();
    }
  } finally {
    await data.remove();
  }
});
