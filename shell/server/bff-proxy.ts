import fastifyHttpProxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { correlationHeader, problemCodes, type Problem } from '@tiffin/contracts';
import { upstreamMessage } from '@tiffin/http-kit';
import { bffNames, bffService, bffUrl } from '@tiffin/topology';
import type { BffGate } from './auth/bff-gate';
import { traceHeaderFor } from './edge-telemetry';

/** Longer than a BFF's own upstream timeouts, so the BFF can answer with its own, better, problem. */
const bffTimeoutMs = 10_000;

/**
 * A BFF's server-sent events (`GET …/live`) stay open for as long as the page does, quiet between
 * events: no timeout cuts them (0 turns undici's header and body timeouts off).
 */
function isLiveStream(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.url.split('?')[0] ?? '').endsWith('/live');
}

/**
 * `/bff/<name>/x` goes to that BFF as `/x`, carrying the correlation id the edge settled on and the
 * caller the gate settled on, never what the browser claimed. A BFF that has not answered within
 * `timeoutMs` (default `bffTimeoutMs`) gets the browser a 504.
 */
export async function proxyBffs(
  app: FastifyInstance,
  gate: BffGate,
  env: NodeJS.ProcessEnv = process.env,
  { timeoutMs = bffTimeoutMs }: { timeoutMs?: number } = {},
): Promise<void> {
  for (const name of bffNames) {
    // Its own scope, so the gate's hook runs on this BFF's routes only, and before the body is read.
    await app.register(async (scope) => {
      scope.addHook('onRequest', gate.check(name));
      await scope.register(fastifyHttpProxy, {
        upstream: bffUrl(name, env),
        prefix: `/bff/${name}`,
        rewritePrefix: '',
        handler: (request, reply, dest, options) =>
          reply.from(dest, isLiveStream(request) ? { ...(options as object), timeout: 0 } : (options as object)),
        replyOptions: {
          timeout: timeoutMs,
          // The edge has met "Expect: 100-continue" itself; the BFF gets a plain request.
          rewriteRequestHeaders: (request, headers) => {
            const { expect: _met, traceparent: _browsers, tracestate: _browsersState, ...forwarded } = gate.forwardedHeaders(request as FastifyRequest, headers);
            return { ...forwarded, [correlationHeader]: request.id, ...traceHeaderFor(request as FastifyRequest) };
          },
          onError: (reply, { error }) => {
            const status = (error as { statusCode?: number }).statusCode === 504 ? 504 : 502;
            reply.log.warn({ err: error, bff: name }, `${name} BFF did not answer`);
            const body: Problem = {
              statusCode: status,
              error: status === 504 ? 'Gateway Timeout' : 'Bad Gateway',
              // The slice shows this as it is: plain words about what the customer cannot do now,
              // worded as an outage of the BFF's own service.
              message: upstreamMessage(bffService(name), status === 504 ? 'timeout' : 'bad-gateway'),
              correlationId: reply.request.id,
              code: problemCodes.serviceUnavailable,
              subject: `${name}-bff`,
            };
            void reply.status(status).send(body);
          },
        },
      });
    });
  }
}
