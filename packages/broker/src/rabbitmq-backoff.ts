/** How long to wait between attempts to reach RabbitMQ again. */
export interface Backoff {
  /** The first wait; each failed attempt doubles it. */
  initialMs: number;
  /** The longest wait, so a long outage is still noticed within this long once it ends. */
  maxMs: number;
}

export const defaultBackoff: Backoff = { initialMs: 100, maxMs: 5_000 };

/**
 * The wait before attempt `failures + 1`: exponential, capped, and jittered between half and all of
 * it, so the services of a whole installation do not all knock on a recovering RabbitMQ at once.
 */
export function backoffDelay(backoff: Backoff, failures: number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(failures, 30));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
