import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import federation from '@originjs/vite-plugin-federation';
// By path, not package name: Vite's config loader hands workspace packages to Node, which cannot run
// their TypeScript source.
import { sharedLibraries, sharedLibraryPackage, type SharedLibrary } from '../packages/slice-kit/src/shared/sharedLibraries';

/** The version the shell offers each shared library under, as a slice's requiredVersion would see it. */
function installedVersions(): Record<SharedLibrary, string> {
  const version = (library: SharedLibrary) => {
    const manifest = path.join(import.meta.dirname, 'node_modules', sharedLibraryPackage(library), 'package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  };
  return Object.fromEntries(sharedLibraries.map((library) => [library, version(library)])) as Record<SharedLibrary, string>;
}

/**
 * The shell is a federation host whose remotes are all registered at run time from /manifest.json.
 * The plugin only emits the `__federation__` runtime for a build that declares at least one remote,
 * so one placeholder stands in; nothing ever imports it. The shared libraries are not declared here:
 * the shell hands its own bundled copies to slices at run time (src/slices/sharedScope.ts).
 */
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: { 'runtime-slices': 'manifest-registered-at-runtime.js' },
    }),
  ],
  define: {
    __TIFFIN_SHARED_LIBRARY_VERSIONS__: JSON.stringify(installedVersions()),
  },
  build: {
    outDir: 'dist',
    target: 'esnext',
    modulePreload: false,
  },
});
