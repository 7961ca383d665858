import fastifyHttpProxy from '@fastify/http-proxy';
import type { FastifyInstance } from 'fastify';
import { correlationHeader, problemCodes, type Problem } from '@tiffin/contracts';
import { upstreamMessage } from '@tiffin/http-kit';
import { bffNames, bffUrl } from '@tiffin/topology';

/** Longer than a BFF's own upstream timeouts, so the BFF can answer with its own, better, problem. */
const bffTimeoutMs = 10_000;

/** `/bff/<name>/x` goes to that BFF as `/x`, carrying the correlation id the edge settled on. */
export async function proxyBffs(app: FastifyInstance, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  for (const name of bffNames) {
    await app.register(fastifyHttpProxy, {
      upstream: bffUrl(name, env),
      prefix: `/bff/${name}`,
      rewritePrefix: '',
      replyOptions: {
        timeout: bffTimeoutMs,
        // The edge has met "Expect: 100-continue" itself; the BFF gets a plain request.
        rewriteRequestHeaders: (request, headers) => {
          const { expect: _met, ...forwarded } = headers;
          return { ...forwarded, [correlationHeader]: request.id };
        },
        onError: (reply, { error }) => {
          const status = (error as { statusCode?: number }).statusCode === 504 ? 504 : 502;
          reply.log.warn({ err: error, bff: name }, `${name} BFF did not answer`);
          const body: Problem = {
            statusCode: status,
            error: status === 504 ? 'Gateway Timeout' : 'Bad Gateway',
            // The slice shows this as it is: plain words about what the customer cannot do now.
            message: upstreamMessage(name, status === 504 ? 'timeout' : 'bad-gateway'),
            correlationId: reply.request.id,
            code: problemCodes.serviceUnavailable,
            subject: `${name}-bff`,
          };
          void reply.status(status).send(body);
        },
      },
    });
  }
}
