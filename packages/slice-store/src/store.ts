import type { SliceName } from '@tiffin/slice-contract';
import type { ReleaseDescriptor } from './descriptor';

/**
 * How a release went live: deployed, rolled back to, or built by `pnpm dev:slice`. Open shells take a
 * development build at once and the others at the customer's next navigation.
 */
export type LiveSwitch = 'deploy' | 'rollback' | 'dev-build';

/** Which release of a slice is live, and the ones that were before it (newest last), for rollback. */
export interface LivePointer {
  version: string;
  switchedAt: string;
  /** Absent on pointers written before it was recorded: they were deploys. */
  switchedBy?: LiveSwitch;
  history: string[];
}

/**
 * Where slice releases live. Locally a directory served like a CDN (directoryStore.ts); in production
 * an object-storage bucket behind a CDN, with the live pointer as one small object. Releases are
 * immutable: put refuses a version that exists, and nothing here deletes one.
 */
export interface SliceStore {
  /** Publishes the files under `filesDir` as a new release; refuses a version already published. */
  put(descriptor: ReleaseDescriptor, filesDir: string): Promise<void>;
  list(slice: SliceName): Promise<ReleaseDescriptor[]>;
  get(slice: SliceName, version: string): Promise<ReleaseDescriptor | undefined>;
  live(slice: SliceName): Promise<LivePointer | undefined>;
  /** Makes `version` the live release in one atomic step. */
  switchLive(slice: SliceName, version: string, switchedBy?: LiveSwitch): Promise<LivePointer>;
}

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}
