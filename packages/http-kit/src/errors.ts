import { problemCodes, type ProblemDetails } from '@tiffin/contracts';

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

/** Each service as a customer thinks of it: what they cannot do while it is away. */
const unreachable: Record<string, string> = {
  catalog: "We can't reach the restaurants right now",
  order: "We can't reach the kitchen right now",
  consumer: "We can't reach your account right now",
  'order-history': "We can't load your past orders right now",
  delivery: "We can't reach the couriers right now",
  kitchen: "We can't reach the kitchen right now",
  accounting: "We can't reach the payments desk right now",
};

const upstreamAdvice: Record<UpstreamFailure, string> = {
  'bad-gateway': 'Please try again in a moment.',
  'circuit-open': 'Please try again in a few seconds.',
  timeout: 'Please try again in a moment.',
};

/** What the customer reads when `service` could not answer: plain words, never the service's own. */
export function upstreamMessage(service: string, failure: UpstreamFailure): string {
  return `${unreachable[service] ?? "We can't reach part of Tiffin right now"}. ${upstreamAdvice[failure]}`;
}

/**
 * A backend service could not give an answer. The message says in plain words what the customer
 * cannot do now; the code and subject (the service's name) are for callers and logs. It never
 * carries the upstream's own details (stack traces, SQL) to the browser; those go to the log through
 * `cause`.
 */
export class UpstreamError extends ProblemError {
  constructor(
    readonly service: string,
    readonly failure: UpstreamFailure,
    options: { cause?: unknown } = {},
  ) {
    super(upstreamStatus[failure], upstreamMessage(service, failure), {
      ...options,
      details: { code: problemCodes.serviceUnavailable, subject: service },
    });
  }
}
