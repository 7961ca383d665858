import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { IdentityUnavailable, type IdentityClient } from '../auth/identity-client';
import type { SessionLookup } from '../auth/session-lookup';
import type { LiveStreams } from './live-streams';

/** As many sessions as the identity service answers for in one call. */
const batchSize = 1000;

export interface SessionWatch {
  stop(): void;
}

/**
 * A live stream outlives the request that checked its session, so every `checkMs` (a second), while
 * streams are open, this edge asks the identity service which of their sessions are still open, in
 * one call per thousand sessions, and ends the streams of the others. A sign-out through another
 * edge, or a session expiring, thus ends this edge's streams of it within about a second; a sign-out
 * through this edge ends them at once (auth-routes). The identity service being away ends nothing.
 */
export function watchLiveSessions(options: {
  streams: LiveStreams;
  identity: IdentityClient;
  sessions: SessionLookup;
  logger: FastifyBaseLogger;
  checkMs: number;
}): SessionWatch {
  const { streams, identity, sessions, logger } = options;
  let checking = false;

  async function check(): Promise<void> {
    const tokens = streams.sessions();
    for (let start = 0; start < tokens.length; start += batchSize) {
      const batch = tokens.slice(start, start + batchSize);
      const open = new Set(await identity.stillOpen(batch, randomUUID()));
      for (const token of batch) {
        if (open.has(token)) continue;
        sessions.forget(token);
        streams.endSession(token);
      }
    }
  }

  const timer = setInterval(() => {
    if (checking || streams.open === 0) return;
    checking = true;
    check()
      .catch((error: unknown) => {
        if (error instanceof IdentityUnavailable) logger.warn({ err: error }, 'could not check the live streams’ sessions; they stay open');
        else logger.error({ err: error }, 'checking the live streams’ sessions failed');
      })
      .finally(() => {
        checking = false;
      });
  }, options.checkMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
