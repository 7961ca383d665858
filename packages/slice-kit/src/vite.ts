import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import federation from '@originjs/vite-plugin-federation';
// By path, not package name: Vite's default config loader hands workspace packages to Node, which
// cannot run their TypeScript source, and the `vite` command runs without a custom loader. For the
// same reason each slice's vite.config.ts imports this file by path.
import { loadEnv, topology, type SliceName } from '../../topology/src/index';
import { sharedLibraries } from './shared/sharedLibraries';
import { sharedSurfaceCheck } from './sharedSurfaceCheck';
import { onBuildWarning } from './build/proseAnnotationWarnings';
import { sourceStamp } from './build/sourceStamp';

/**
 * The build of one slice as a federation remote: the shell loads dist/remoteEntry.js from this
 * slice's own origin and renders the exposed `./Slice`. The shared libraries come from the shell, so
 * one instance of each runs on the page and none is downloaded twice; the slice's own copies are
 * fallbacks that a page with the shell never fetches. Run from the slice's folder.
 */
export function defineSliceConfig(name: SliceName): UserConfig {
  return defineConfig({
    plugins: [
      react(),
      sharedSurfaceCheck(),
      sourceStamp(),
      federation({
        name,
        filename: 'remoteEntry.js',
        exposes: { './Slice': './src/Slice.tsx' },
        shared: [...sharedLibraries],
      }),
    ],
    build: {
      outDir: 'dist',
      target: 'esnext',
      modulePreload: false,
      // One stylesheet that the federation runtime attaches when the shell loads ./Slice.
      cssCodeSplit: false,
      // The remote entry is the only entry: a slice has no page of its own.
      rollupOptions: { input: {}, onwarn: onBuildWarning },
    },
    preview: {
      host: loadEnv().TIFFIN_BIND_HOST,
      port: topology.slices[name].port,
      strictPort: true,
      // The shell on the edge's origin imports this slice's modules across origins.
      cors: true,
    },
  });
}
