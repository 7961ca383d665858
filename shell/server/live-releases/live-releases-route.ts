import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openEventStream, type EventStream } from '@tiffin/http-kit';
import { liveReleasesEvent, liveReleasesPath } from '@tiffin/slice-contract';
import { sliceStoreDir } from '@tiffin/slice-store';
import { sliceNames } from '@tiffin/topology';
import { sendProblem } from '../auth/problems';
import { liveReleasesNow } from './live-release-snapshot';
import { watchLivePointers, type PointerWatch } from './pointer-watch';

export interface LiveReleasesOptions {
  env: NodeJS.ProcessEnv;
  /** Streams this edge holds open at once; one more is a 429 naming the limit. */
  maxStreams: number;
  /** The latest a change is noticed when the file system says nothing (default 1 s). */
  pollMs?: number;
}

/**
 * `GET /live-releases`: every open shell learns of a new live release within a second, without a
 * reload, so it can re-mount that slice where it stands. Public like the manifest it carries (the
 * shell's code, no one's data), and capped per edge. The store is watched only while a shell listens.
 */
export function serveLiveReleases(app: FastifyInstance, options: LiveReleasesOptions): void {
  const streams = new Set<EventStream>();
  const storeDir = sliceStoreDir(options.env);
  let watch: PointerWatch | undefined;
  let sent: string | undefined;
  // One read at a time, so shells receive the releases in the order they went live.
  let reading = Promise.resolve();

  const tellChanges = () => {
    reading = reading.then(async () => {
      const now = JSON.stringify(await liveReleasesNow(options.env));
      if (now === sent) return;
      sent = now;
      for (const stream of streams) stream.send({ event: liveReleasesEvent, data: now });
    }).catch((error: unknown) => app.log.warn({ err: error }, 'the live releases could not be read; open shells keep theirs'));
  };

  app.get(liveReleasesPath, async (request, reply) => {
    if (streams.size >= options.maxStreams) {
      reply.header('retry-after', '5');
      return sendProblem(request, reply, 429, `this Tiffin server is carrying its limit of ${options.maxStreams} release streams; try again in a moment`);
    }
    const releases = JSON.stringify(await liveReleasesNow(options.env));
    const stream = openEventStream(request, reply);
    if (stream.closed) return reply;
    stream.send({ event: liveReleasesEvent, data: releases });
    streams.add(stream);
    if (!watch) {
      sent = releases;
      watch = watchLivePointers(sliceNames.map((name) => path.join(storeDir, name)), tellChanges, options.pollMs ?? 1_000);
    }
    stream.onClose(() => {
      streams.delete(stream);
      if (streams.size > 0) return;
      watch?.stop();
      watch = undefined;
    });
    return reply;
  });

  app.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.close();
  });
}
