import { z } from 'zod';
import { sliceManifest, sliceName } from './slice';

/**
 * The edge's push of the live releases to every open shell (server-sent events): at once, then
 * whenever a slice's live release changes (a deploy, a rollback, a development build). Each event is
 * the whole manifest as it is now, so a shell that reconnects after missing some is up to date again.
 */
export const liveReleasesPath = '/live-releases';
export const liveReleasesEvent = 'releases';

export const liveReleases = sliceManifest.extend({
  /** Slices whose live release is a development build (`pnpm dev:slice`): open shells take it at once. */
  development: z.array(sliceName),
});
export type LiveReleases = z.infer<typeof liveReleases>;
