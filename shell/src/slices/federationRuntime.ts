import { __federation_method_getRemote, __federation_method_setRemote } from '__federation__';

/**
 * The plugin rewrites imports of `__federation__` only in a module that does nothing else, so the
 * shell touches the federation runtime here and nowhere else.
 */
export function importRemoteModule(remoteName: string, remoteEntryUrl: string, exposedModule: string): Promise<unknown> {
  __federation_method_setRemote(remoteName, {
    url: () => Promise.resolve(remoteEntryUrl),
    format: 'esm',
    from: 'vite',
  });
  return __federation_method_getRemote(remoteName, exposedModule);
}
