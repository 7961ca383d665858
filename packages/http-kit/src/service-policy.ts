import {
  ConsecutiveBreaker,
  ConstantBackoff,
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
  /** Failed attempts in a row that open the circuit. Default 5. */
  consecutiveFailures?: number;
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
  const breaker = circuitBreaker(handleWhen((error) => error instanceof FailedAttempt), {
    halfOpenAfter: options.halfOpenAfterMs ?? 5_000,
    breaker: new ConsecutiveBreaker(options.consecutiveFailures ?? 5),
  });
  const retryOnce = retry(
    handleWhen((error) => error instanceof FailedAttempt && error.failure === 'bad-gateway'),
    { maxAttempts: 1, backoff: new ConstantBackoff(50) },
  );
  return { idempotent: wrap(retryOnce, breaker), once: breaker };
}
