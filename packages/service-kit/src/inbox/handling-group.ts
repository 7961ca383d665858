import type { Message } from '@tiffin/messages';
import { inCurrentContext } from '@tiffin/telemetry/trace-context';
import type { Db, Tx } from '../database/db-types';
import { isSingleConnection } from '../database/single-connection';

type Schema = Record<string, unknown>;

/** How a group's messages are written: in one transaction (`inTransaction`) or one statement (`writeAtomically`). */
export type Batch<S extends Schema> = (db: Db<S>, run: (tx: Tx<S>) => Promise<void>) => Promise<void>;

/** Handles one message's work and its dedup row in a batch of its own (a message handled before ends quietly). */
export type HandleAlone<S extends Schema> = (message: Message, work: (tx: Tx<S>) => Promise<void>) => Promise<void>;

interface Waiting<S extends Schema> {
  message: Message;
  work: (tx: Tx<S>) => Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * A group commits at most this many messages at once, so one transaction never grows without bound.
 * Fewer on an embedded database, where a group's transaction holds up every other statement of the
 * service, its HTTP requests too: with 32, placing an order waited behind whole groups at load and
 * timed out (50 customers embedded: 504s, then 503s; with 8, none and more orders per second, while
 * on PostgreSQL 8 gave fewer orders per second than 32).
 */
const maxGroupSize = (db: object) => (isSingleConnection(db) ? 8 : 32);

/**
 * Group commit for one consumer on one database: messages that arrive while the previous group is
 * being written are written together, in one batch, instead of one transaction each.
 *
 * Each message costs its reads; what a transaction costs besides (BEGIN, the statement of held-back
 * writes, COMMIT and its flush to disk) is paid once per group. Round trips to the database are what a
 * message costs most on the machines we run on, so at load a consumer handles several messages for
 * the price of one. A lone message (no load) is written at once, as before: nothing waits to fill a group.
 *
 * Messages of a group run one after another in the same transaction. They come from the subscription's
 * concurrent handlers, which never run two messages with the same ordering key at once, so a group never
 * holds two writes to one aggregate's rows (held-back writes must not touch one row twice).
 *
 * If the group fails for any reason (one message's work failed, or one was handled before and its dedup
 * row was refused), nothing of it committed, and each message is handled again on its own: each then
 * gets its own outcome, exactly as without grouping. Work already had to keep its effects inside the
 * transaction, since a redelivery's work runs and is rolled back.
 */
export class HandlingGroup<S extends Schema> {
  private waiting: Waiting<S>[] = [];
  private writing = false;
  private readonly maxSize: number;

  constructor(
    private readonly db: Db<S>,
    private readonly batch: Batch<S>,
    private readonly dedupRow: (tx: Tx<S>, message: Message) => Promise<void>,
    private readonly handleAlone: HandleAlone<S>,
  ) {
    this.maxSize = maxGroupSize(db);
  }

  handle(message: Message, work: (tx: Tx<S>) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      // The group runs every message's work from the first one's call: each keeps its own message's
      // span active, so what it sends joins that message's trace.
      this.waiting.push({ message, work: inCurrentContext(work), resolve, reject });
      if (!this.writing) void this.writeWhileWaiting();
    });
  }

  private async writeWhileWaiting(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.maxSize);
        if (group.length === 1) await this.alone(group[0]!);
        else await this.together(group);
        // Let the process's other work in between groups. An embedded database answers within the
        // same turn of the event loop, so at load one group followed another without a break and the
        // service's HTTP requests waited seconds for the queue to drain (a POST timed out at 2 s).
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.writing = false;
    }
  }

  private async together(group: Waiting<S>[]): Promise<void> {
    try {
      await this.batch(this.db, async (tx) => {
        for (const { message, work } of group) {
          await work(tx);
          await this.dedupRow(tx, message);
        }
      });
    } catch {
      // Which message failed, and whether it had been handled before, is only known one at a time.
      await Promise.all(group.map((waiting) => this.alone(waiting)));
      return;
    }
    for (const { resolve } of group) resolve();
  }

  private alone({ message, work, resolve, reject }: Waiting<S>): Promise<void> {
    return this.handleAlone(message, work).then(resolve, reject);
  }
}
