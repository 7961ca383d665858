import { createMessage, type Message } from '@tiffin/messages';
import type { BrokerLogger } from './logger';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A real logger that keeps its lines, so tests can check what an operator would see. */
export function recordingLogger(): { logger: BrokerLogger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const line = (level: LogEntry['level']) => (obj: object, msg: string) => void entries.push({ level, obj, msg });
  return { logger: { info: line('info'), warn: line('warn'), error: line('error') }, entries };
}

export function orderDetailsValidated(): Message<'OrderDetailsValidated'> {
  return createMessage('OrderDetailsValidated', 'broker-test', { orderId: crypto.randomUUID() });
}

export function orderDetailsRejected(): Message<'OrderDetailsRejected'> {
  return createMessage('OrderDetailsRejected', 'broker-test', { orderId: crypto.randomUUID(), reason: 'closed' });
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(10);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A promise the test resolves by hand, to hold a handler mid-flight. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}
