import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import federation from '@originjs/vite-plugin-federation';
// By path, not package name: Vite's config loader hands workspace packages to Node, which cannot run
// their TypeScript source.
import { sharedLibraries, sharedLibraryPackage, type SharedLibrary } from '../packages/slice-kit/src/shared/sharedLibraries';
import { hostedSliceContractVersions } from '../packages/slice-contract/src/version';
import { onBuildWarning } from '../packages/slice-kit/src/build/proseAnnotationWarnings';

/** The version the shell offers each shared library under, as a slice's requiredVersion would see it. */
function installedVersions(): Record<SharedLibrary, string> {
  const version = (library: SharedLibrary) => {
    const manifest = path.join(import.meta.dirname, 'node_modules', sharedLibraryPackage(library), 'package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  };
  return Object.fromEntries(sharedLibraries.map((library) => [library, version(library)])) as Record<SharedLibrary, string>;
}

/**
 * host.json, beside index.html: what this build of the shell can host (slice contract versions, and
 * the version of each shared library package it hands to slices). `pnpm slice deploy` reads it from
 * the shell that is live, so the gate follows the deployed shell, not the source checked out.
 */
function hostDescriptor(): Plugin {
  return {
    name: 'tiffin-host-descriptor',
    generateBundle() {
      const versions = installedVersions();
      const sharedPackages = Object.fromEntries(sharedLibraries.map((library) => [sharedLibraryPackage(library), versions[library]]));
      this.emitFile({
        type: 'asset',
        fileName: 'host.json',
        source: `${JSON.stringify({ contractVersions: hostedSliceContractVersions, sharedLibraries: sharedPackages }, null, 2)}\n`,
      });
    },
  };
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
    hostDescriptor(),
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
    rollupOptions: { onwarn: onBuildWarning },
  },
});
