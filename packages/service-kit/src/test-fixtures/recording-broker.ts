import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';

/**
 * Stands in for the relay's broker port: records what was confirmed and can be told to refuse, the
 * way a broker that is down or not confirming would.
 */
export interface RecordingBroker extends Pick<Broker, 'publish'> {
  published: Message[];
  /** Number of publish calls, refused ones included. */
  calls: number;
  /** Most publish calls that were waiting for their confirm at the same moment. */
  maxInFlight: number;
  refuse(reason: string): void;
  recover(): void;
  /** From now on publish calls wait for their confirm until `confirmHeld()`: a broker slow to confirm. */
  holdConfirms(): void;
  /** Confirms the publish calls that wait, and confirms at once again. */
  confirmHeld(): void;
}

export function recordingBroker(options: { confirmDelayMs?: number } = {}): RecordingBroker {
  let refusal: string | undefined;
  let inFlight = 0;
  let held: Promise<void> | undefined;
  let release = () => {};
  const broker: RecordingBroker = {
    published: [],
    calls: 0,
    maxInFlight: 0,
    async publish(message) {
      broker.calls++;
      broker.maxInFlight = Math.max(broker.maxInFlight, ++inFlight);
      try {
        if (options.confirmDelayMs) await new Promise((resolve) => setTimeout(resolve, options.confirmDelayMs));
        if (held) await held;
        if (refusal) throw new Error(refusal);
        broker.published.push(message);
      } finally {
        inFlight--;
      }
    },
    refuse(reason) {
      refusal = reason;
    },
    recover() {
      refusal = undefined;
    },
    holdConfirms() {
      held = new Promise((resolve) => (release = resolve));
    },
    confirmHeld() {
      release();
      held = undefined;
    },
  };
  return broker;
}
