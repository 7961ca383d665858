export { createLogger, type Logger } from './logger';
export { createHttpApp, type HttpApp, type HttpAppOptions } from './app';
export { openApiPath } from './openapi';
export { defineBff, type BffDefinition, type BffOptions, type ServiceClients } from './bff';
export {
  ProblemError,
  BadRequestError,
  NotFoundError,
  ConflictError,
  UnprocessableError,
  UpstreamError,
  upstreamMessage,
  type UpstreamFailure,
} from './errors';
export {
  createServiceClient,
  type ServiceClient,
  type ServiceClientOptions,
  type CallOptions,
  type ProbeAnswer,
} from './service-client';
export type { BreakerOptions } from './service-policy';
export { serveUntilSignalled } from './serve';
export { correlationIdOf } from './correlation';
export { signIdentity, verifyIdentity, identitySecret, authenticate, identityOf, requireRole } from './identity';
export { operatorScope } from './operator-scope';
export { routesOf, operatorRoutesOf, type RouteEntry } from './route-table';
export { openEventStream, lastEventIdOf, formatEvent, heartbeatMs, type EventStream, type ServerSentEvent } from './event-stream';
export { createEventStreamParser } from './event-stream-parser';
export { relayEventStream, type RelayOptions } from './relay-event-stream';
export { traceHttpRequests, traceparentOf, type HttpTracingOptions } from './telemetry/http-spans';
export { telemetryRoutes, type TelemetryRouteOptions } from './telemetry/telemetry-routes';
export { metricsToken } from './telemetry/metrics-token';
