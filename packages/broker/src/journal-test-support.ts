import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createEmbeddedBroker, type EmbeddedBroker, type EmbeddedBrokerOptions } from './embedded-broker';
import { recordingLogger } from './test-support';

/**
 * A journal directory per test and the brokers opened on it: `start` opens one, `crash` abandons one
 * the way a dying process would (no close, nothing flushed, handlers never finish). Its lock stays
 * behind with a live pid (this test process), so it is handed to a pid that is certainly dead.
 */
export function useJournalDir() {
  let dir = '';
  let open: EmbeddedBroker[] = [];
  let log = recordingLogger();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiffin-broker-journal-'));
    open = [];
    log = recordingLogger();
  });

  afterEach(async () => {
    for (const broker of open) await broker.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    get log() {
      return log;
    },
    dir: () => dir,
    journalFile: () => path.join(dir, 'journal.jsonl'),
    start(options: Omit<EmbeddedBrokerOptions, 'journalDir' | 'logger'> = {}): EmbeddedBroker {
      const broker = createEmbeddedBroker({ retryDelayMs: 1, ...options, journalDir: dir, logger: log.logger });
      open.push(broker);
      return broker;
    },
    crash(broker: EmbeddedBroker): void {
      open.splice(open.indexOf(broker), 1);
      fs.writeFileSync(path.join(dir, 'lock'), String(spawnSync(process.execPath, ['-e', '']).pid));
    },
  };
}
