import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import federation from '@originjs/vite-plugin-federation';
// By path, not package name: Vite's default config loader hands workspace packages to Node, which
// cannot run their TypeScript source, and `vite preview` is started without a custom loader. For the
// same reason each slice's vite.config.ts imports this file by path.
import { loadEnv, topology, type SliceName } from '../../topology/src/index';

/**
 * The build of one slice as a federation remote: the shell loads dist/remoteEntry.js from this
 * slice's own origin and renders the exposed `./Slice`. React, the router and react-query come from
 * the shell so that one instance of each runs on the page. Run from the slice's folder.
 */
export function defineSliceConfig(name: SliceName): UserConfig {
  return defineConfig({
    plugins: [
      react(),
      federation({
        name,
        filename: 'remoteEntry.js',
        exposes: { './Slice': './src/Slice.tsx' },
        shared: ['react', 'react-dom', 'react-router', '@tanstack/react-query'],
      }),
    ],
    build: {
      outDir: 'dist',
      target: 'esnext',
      modulePreload: false,
      // One stylesheet that the federation runtime attaches when the shell loads ./Slice.
      cssCodeSplit: false,
      // The remote entry is the only entry: a slice has no page of its own.
      rollupOptions: { input: {} },
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
