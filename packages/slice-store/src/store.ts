import type { SliceName } from '@tiffin/slice-contract';
import type { ReleaseDescriptor } from './descriptor';

/** Which release of a slice is live, and the ones that were before it (newest last), for rollback. */
export interface LivePointer {
  version: string;
  switchedAt: string;
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
  switchLive(slice: SliceName, version: string): Promise<LivePointer>;
}

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}
