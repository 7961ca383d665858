import * as react from 'react';
import * as reactDom from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { SharedLibrary } from '@tiffin/slice-kit/shared-libraries';
import * as reactQuery from '@tiffin/slice-kit/shared-surfaces/reactQuery';
import * as reactRouter from '@tiffin/slice-kit/shared-surfaces/reactRouter';
import * as zod from '@tiffin/slice-kit/shared-surfaces/zod';

/** Installed versions, written in by shell/vite.config.ts from each library's package.json. */
declare const __TIFFIN_SHARED_LIBRARY_VERSIONS__: Record<SharedLibrary, string>;

/** The shell's own, already loaded, instance of every shared library: a slice asks for these by name. */
const providedModules: Record<SharedLibrary, object> = {
  react,
  'react-dom': reactDom,
  'react/jsx-runtime': jsxRuntime,
  'react-router': reactRouter,
  '@tanstack/react-query': reactQuery,
  zod,
};

interface ShareScopeEntry {
  get: () => Promise<() => unknown>;
  loaded: 1;
}
type ShareScopes = Record<string, Record<string, Record<string, ShareScopeEntry>>>;

/**
 * Puts the shell's libraries in the federation share scope (`globalThis.__federation_shared__`, the
 * plugin's run-time contract), where every slice's `importShared` looks first. Handing over modules
 * the shell already runs costs the page no request; the plugin's own host side would fetch each
 * library again as a separate, untree-shaken chunk.
 */
export function provideSharedLibraries(
  scopes: { __federation_shared__?: ShareScopes } = globalThis as { __federation_shared__?: ShareScopes },
  versions: Record<SharedLibrary, string> = __TIFFIN_SHARED_LIBRARY_VERSIONS__,
): void {
  const scope = ((scopes.__federation_shared__ ??= {}).default ??= {});
  for (const [library, module] of Object.entries(providedModules) as [SharedLibrary, object][]) {
    scope[library] = { [versions[library]]: { get: () => Promise.resolve(() => module), loaded: 1 } };
  }
}
