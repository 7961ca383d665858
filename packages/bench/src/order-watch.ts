import { orderChangeEvent, type OrderHistoryEntry } from '@tiffin/contracts';
import { createEventStreamParser, type ServerSentEvent } from '@tiffin/http-kit';
import { topology } from '@tiffin/topology';
import { request } from 'undici';
import { asBenchCustomer } from './bench-identity';

/** Where an order ended, as the customer's live stream told it. */
export interface FinalOrder {
  status: 'APPROVED' | 'REJECTED';
  /** The order service's time of approval or rejection: the event's, carried by the view. */
  at: string;
  rejectionReason: string | null;
}

const orderBff = `http://127.0.0.1:${topology.bffs.order.port}`;
/** Finals seen before anyone waited for them (the stream can beat the POST's 202), kept at most. */
const maxUnclaimed = 10_000;

/**
 * Learns that orders are final the way the customer's page does: from the order BFF's live stream
 * (`GET /live`), one connection for the whole run. Polling each order instead costs the order service
 * a read every 100 ms per order waiting; at 50 customers that was hundreds of reads a second, enough
 * to make the bench measure its own polling.
 */
export class OrderWatch {
  private readonly waiting = new Map<string, (final: FinalOrder) => void>();
  private readonly unclaimed = new Map<string, FinalOrder>();
  private readonly abort = new AbortController();

  private constructor() {}

  /** Opens the stream as the bench's customer; resolves once the BFF has answered with it. */
  static async open(): Promise<OrderWatch> {
    const watch = new OrderWatch();
    const response = await request(`${orderBff}/live`, {
      headers: { accept: 'text/event-stream', ...asBenchCustomer() },
      signal: watch.abort.signal,
      bodyTimeout: 0,
    });
    if (response.statusCode !== 200) throw new Error(`GET /live answered ${response.statusCode}: ${await response.body.text()}`);
    void watch.read(response.body);
    return watch;
  }

  /** The order's final state, once the stream says it; rejects after `timeoutMs`. */
  final(orderId: string, timeoutMs: number): Promise<FinalOrder> {
    const seen = this.unclaimed.get(orderId);
    if (seen) {
      this.unclaimed.delete(orderId);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(orderId);
        reject(new Error(`order ${orderId} not final after ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.waiting.set(orderId, (final) => {
        clearTimeout(timer);
        resolve(final);
      });
    });
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: AsyncIterable<Buffer>): Promise<void> {
    const parse = createEventStreamParser();
    try {
      for await (const chunk of body) for (const event of parse(chunk.toString('utf8'))) this.onEvent(event);
    } catch (error) {
      if (!this.abort.signal.aborted) throw error;
    }
  }

  private onEvent({ event, data }: ServerSentEvent): void {
    if (event !== orderChangeEvent) return;
    const entry = JSON.parse(data) as OrderHistoryEntry;
    if (entry.status !== 'APPROVED' && entry.status !== 'REJECTED') return;
    const final: FinalOrder = { status: entry.status, at: entry.updatedAt, rejectionReason: entry.rejectionReason ?? null };
    const waiter = this.waiting.get(entry.id);
    if (waiter) {
      this.waiting.delete(entry.id);
      waiter(final);
    } else if (!this.unclaimed.has(entry.id)) {
      // Later changes of an approved order (its delivery scheduled) say APPROVED again with a later time: keep the first.
      this.unclaimed.set(entry.id, final);
      if (this.unclaimed.size > maxUnclaimed) this.unclaimed.delete(this.unclaimed.keys().next().value!);
    }
  }
}
