import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/contracts';
import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { publishPending } from './publish-pending';

export interface OutboxRelayOptions<S extends Record<string, unknown>> {
  db: Db<S>;
  /** Only publishing is needed: the relay never consumes. */
  broker: Pick<Broker, 'publish'>;
  logger: KitLogger;
  /** How often to look for rows nobody woke the relay for (another instance's, or after a crash). Default 500. */
  pollMs?: number;
  /** Rows claimed and published per pass. Default 200. */
  batchSize?: number;
  /** A publish not confirmed by then counts as failed, so a hung broker cannot hold rows locked forever. Default 10 000. */
  publishTimeoutMs?: number;
}

export interface OutboxRelay {
  /** Publish now rather than at the next poll; call it after committing a transaction that enqueued. */
  wake(): void;
  /** Stops polling and waits for a pass under way to finish. */
  stop(): Promise<void>;
}

const maxBackoffMs = 30_000;

/**
 * Publishes the outbox: every pending row is retried until the broker confirms it, never dropped.
 * After a refusal the relay backs off exponentially (wake() does not cut that short, so a broker
 * outage is not hammered after every commit) and then resumes with the oldest pending row.
 */
export function startOutboxRelay<S extends Record<string, unknown>>(options: OutboxRelayOptions<S>): OutboxRelay {
  const { db, broker, logger, pollMs = 500, batchSize = 200, publishTimeoutMs = 10_000 } = options;
  const publish = (message: Message) => withTimeout(broker.publish(message), publishTimeoutMs);
  // Longer than any pass can take, so a live relay never loses its claim to another one.
  const leaseMs = publishTimeoutMs * 3;

  let stopped = false;
  let failures = 0;
  let wokenDuringPass = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;

  /** One pass; resolves to how long to wait before the next. */
  async function runPass(): Promise<number> {
    wokenDuringPass = false;
    try {
      const outcome = await publishPending(db, publish, batchSize, leaseMs);
      if (outcome.failure) {
        failures++;
        const { messageId, attempts, error } = outcome.failure;
        logger.warn({ err: error, messageId, attempts }, 'outbox relay: publish failed, will retry');
        return backoff();
      }
      failures = 0;
      const morePending = outcome.claimed === batchSize;
      return morePending || wokenDuringPass ? 0 : pollMs;
    } catch (error) {
      failures++;
      logger.error({ err: error }, 'outbox relay: pass failed, will retry');
      return backoff();
    }
  }

  function backoff(): number {
    return Math.min(pollMs * 2 ** failures, Math.max(maxBackoffMs, pollMs));
  }

  function startPass(): void {
    timer = undefined;
    pass = runPass().then((delay) => {
      pass = undefined;
      if (!stopped) timer = setTimeout(startPass, delay);
    });
  }

  startPass();
  return {
    wake() {
      if (stopped || failures > 0) return;
      if (pass) {
        wokenDuringPass = true;
        return;
      }
      clearTimeout(timer);
      startPass();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}

function withTimeout(confirmed: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`broker did not confirm within ${ms} ms`)), ms);
  });
  return Promise.race([confirmed, timeout]).finally(() => clearTimeout(timer));
}
