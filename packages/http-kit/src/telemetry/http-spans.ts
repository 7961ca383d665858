import { context, defaultTextMapGetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { formatTraceparent, type Telemetry } from '@tiffin/telemetry';

const propagator = new W3CTraceContextPropagator();
const traced = new WeakMap<FastifyRequest, { span: Span; context: Context }>();

/** Probes and the operators' own reads of metrics and traces would drown the traces they read. */
const untracedPaths = /^\/(health|metrics|admin\/traces)(\/|\?|$)/;

export interface HttpTracingOptions {
  /** Which requests get a span (all but probes and telemetry reads by default); the edge traces only what it proxies and signs in. */
  traces?: (url: string) => boolean;
}

/**
 * A server span for each request, the child of the caller's `traceparent`, active while the route's
 * handler runs (the handler is wrapped as the route is added, since fastify's body parsing leaves the
 * async context the request came in with), so what the handler calls or sends continues the trace.
 * Every request, traced or not, is timed in the part's latency histogram by its route template.
 */
export function traceHttpRequests(app: FastifyInstance, telemetry: Telemetry, options: HttpTracingOptions = {}): void {
  const { tracer, metrics } = telemetry;
  const traces = options.traces ?? ((url: string) => !untracedPaths.test(url));

  app.addHook('onRequest', (request, _reply, done) => {
    if (!traces(request.url)) return done();
    const parent = propagator.extract(ROOT_CONTEXT, request.headers, defaultTextMapGetter);
    const span = tracer.startSpan(request.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, parent);
    const active = trace.setSpan(parent, span);
    traced.set(request, { span, context: active });
    context.with(active, done);
  });

  app.addHook('onRoute', (route: RouteOptions) => {
    const handler = route.handler;
    route.handler = function tracedRoute(this: FastifyInstance, request, reply) {
      const entry = traced.get(request);
      return entry ? context.with(entry.context, handler, this, request, reply) : handler.call(this, request, reply);
    };
  });

  app.addHook('onError', (request, _reply, error, done) => {
    traced.get(request)?.span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    done();
  });

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    const entry = traced.get(request);
    if (entry) {
      traced.delete(request);
      entry.span.updateName(`${request.method} ${route}`);
      entry.span.setAttributes({ 'http.route': route, 'http.response.status_code': reply.statusCode });
      if (reply.statusCode >= 500) entry.span.setStatus({ code: SpanStatusCode.ERROR });
      entry.span.end();
    }
    done();
  });

  app.addHook('onRequestAbort', (request, done) => {
    const entry = traced.get(request);
    traced.delete(request);
    entry?.span.setStatus({ code: SpanStatusCode.ERROR, message: 'the client went away' });
    entry?.span.end();
    done();
  });
}

/** The traceparent naming this request's server span, for a proxy to send on; undefined if it is not traced. */
export function traceparentOf(request: FastifyRequest): string | undefined {
  const entry = traced.get(request);
  return entry ? formatTraceparent(entry.span.spanContext()) : undefined;
}
