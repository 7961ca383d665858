import { problemCodes, type ProblemDetails } from '@tiffin/contracts';
import { topology, type ServiceName } from '@tiffin/topology';

/**
 * Errors a route may throw on purpose. The central error handler answers with their status and shows
 * their message, so the message must be written for the caller: name the thing and say what is wrong.
 */
export class ProblemError extends Error {
  /** The code, subject and changed lines the problem body carries beside the message. */
  readonly details: ProblemDetails;
  constructor(
    readonly statusCode: number,
    message: string,
    options: { cause?: unknown; details?: ProblemDetails } = {},
  ) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.details = options.details ?? {};
  }
}

export class BadRequestError extends ProblemError {
  constructor(message: string) {
    super(400, message);
  }
}

export class NotFoundError extends ProblemError {
  constructor(message: string) {
    super(404, message);
  }
}

export class ConflictError extends ProblemError {
  constructor(message: string, details?: ProblemDetails) {
    super(409, message, details ? { details } : {});
  }
}

export class UnprocessableError extends ProblemError {
  constructor(message: string, details?: ProblemDetails) {
    super(422, message, details ? { details } : {});
  }
}

export type UpstreamFailure = 'bad-gateway' | 'circuit-open' | 'timeout';

const upstreamStatus: Record<UpstreamFailure, number> = {
  'bad-gateway': 502,
  'circuit-open': 503,
  timeout: 504,
};

const upstreamAdvice: Record<UpstreamFailure, string> = {
  'bad-gateway': 'Please try again in a moment.',
  'circuit-open': 'Please try again in a few seconds.',
  timeout: 'Please try again in a moment.',
};

/**
 * What the customer reads when `service` could not answer: plain words, never the service's own,
 * as each service declares them in the topology (`unreachable`).
 */
export function upstreamMessage(service: ServiceName, failure: UpstreamFailure): string {
  return `${topology.services[service].unreachable}. ${upstreamAdvice[failure]}`;
}

/**
 * A backend service could not give an answer. The message says in plain words what the customer
 * cannot do now; the code and subject (the service's name) are for callers and logs. It never
 * carries the upstream's own details (stack traces, SQL) to the browser; those go to the log through
 * `cause`.
 */
export class UpstreamError extends ProblemError {
  constructor(
    readonly service: ServiceName,
    readonly failure: UpstreamFailure,
    options: { cause?: unknown } = {},
  ) {
    super(upstreamStatus[failure], upstreamMessage(service, failure), {
      ...options,
      details: { code: problemCodes.serviceUnavailable, subject: service },
    });
  }
}
