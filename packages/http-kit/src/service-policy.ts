import {
  ConstantBackoff,
  CountBreaker,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';

/** One attempt that got no usable answer: the service is down, broken, or too slow. */
export class FailedAttempt extends Error {
  constructor(
    readonly failure: 'bad-gateway' | 'timeout',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FailedAttempt';
  }
}

export interface BreakerOptions {
  /** The circuit opens when more than half of the last `window` attempts failed. Default 20. */
  window?: number;
  /** Attempts made before it may open at all, so a single early failure cannot. Default 5. */
  minimumAttempts?: number;
  /** How long an open circuit refuses calls before letting one through to probe. Default 5000. */
  halfOpenAfterMs?: number;
}

export interface ServicePolicies {
  /** For GETs: the breaker, plus one quick retry of a failed attempt. */
  idempotent: IPolicy;
  /** For everything else: the breaker only, since a retried POST could act twice. */
  once: IPolicy;
}

/**
 * Both policies share one breaker, so the circuit reflects the service's health whatever the verb.
 * Timeouts are not retried: a service that is already slow only gets slower with twice the load.
 */
export function createServicePolicies(options: BreakerOptions = {}): ServicePolicies {
  // Only unavailability opens the circuit: what one caller's request caused must not lock out everyone.
  // And only when most attempts fail: a service that is down fails them all and the circuit opens
  // after five, but one that is busy times out a few of many, often several at once (counting them in
  // a row opened the circuit and refused every customer for seconds, though most orders went through).
  const window = options.window ?? 20;
  const breaker = circuitBreaker(handleWhen((error) => error instanceof FailedAttempt), {
    halfOpenAfter: options.halfOpenAfterMs ?? 5_000,
    breaker: new CountBreaker({ threshold: 0.5, size: window, minimumNumberOfCalls: Math.min(options.minimumAttempts ?? 5, window) }),
  });
  const retryOnce = retry(
    handleWhen((error) => error instanceof FailedAttempt && error.failure === 'bad-gateway'),
    { maxAttempts: 1, backoff: new ConstantBackoff(50) },
  );
  return { idempotent: wrap(retryOnce, breaker), once: breaker };
}
