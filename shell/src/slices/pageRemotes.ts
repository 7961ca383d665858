import { importRemoteModule } from './federationRuntime';
import type { RemoteImporter } from './loadSlice';
import { provideSharedLibraries } from './sharedScope';

/** Remotes as this page loads them: the shell's own libraries in the share scope first, so every slice runs on them. */
export const importIntoPage: RemoteImporter = (remoteName, remoteEntryUrl, exposedModule) => {
  provideSharedLibraries();
  return importRemoteModule(remoteName, remoteEntryUrl, exposedModule);
};
