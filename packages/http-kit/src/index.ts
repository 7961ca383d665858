export { createLogger, type Logger } from './logger';
export { createHttpApp, type HttpApp, type HttpAppOptions } from './app';
export { defineBff, type BffDefinition, type BffOptions, type ServiceClients } from './bff';
export {
  ProblemError,
  BadRequestError,
  NotFoundError,
  ConflictError,
  UnprocessableError,
  UpstreamError,
  type UpstreamFailure,
} from './errors';
export {
  createServiceClient,
  type ServiceClient,
  type ServiceClientOptions,
  type CallOptions,
} from './service-client';
export type { BreakerOptions } from './service-policy';
export { serveUntilSignalled } from './serve';
export { correlationIdOf } from './correlation';
export { signIdentity, verifyIdentity, identitySecret, authenticate, identityOf, requireRole } from './identity';
