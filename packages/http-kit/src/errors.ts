/**
 * Errors a route may throw on purpose. The central error handler answers with their status and shows
 * their message, so the message must be written for the caller: name the thing and say what is wrong.
 */
export class ProblemError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
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
  constructor(message: string) {
    super(409, message);
  }
}

export class UnprocessableError extends ProblemError {
  constructor(message: string) {
    super(422, message);
  }
}

export type UpstreamFailure = 'bad-gateway' | 'circuit-open' | 'timeout';

const upstreamStatus: Record<UpstreamFailure, number> = {
  'bad-gateway': 502,
  'circuit-open': 503,
  timeout: 504,
};

const upstreamMessage: Record<UpstreamFailure, (service: string) => string> = {
  'bad-gateway': (service) => `${service} service failed to answer properly`,
  'circuit-open': (service) => `${service} service is unavailable, try again in a few seconds`,
  timeout: (service) => `${service} service did not answer in time`,
};

/**
 * A backend service could not give an answer. The message names the service but never carries the
 * upstream's own details (stack traces, SQL) to the browser; those go to the log through `cause`.
 */
export class UpstreamError extends ProblemError {
  constructor(
    readonly service: string,
    readonly failure: UpstreamFailure,
    options?: { cause?: unknown },
  ) {
    super(upstreamStatus[failure], upstreamMessage[failure](service), options);
  }
}
