import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import federation from '@originjs/vite-plugin-federation';
import { sharedLibraries } from './src/slices/sharedLibraries';

/**
 * The shell is a federation host whose remotes are all registered at run time from /manifest.json.
 * The plugin only emits the `__federation__` runtime for a build that declares at least one remote,
 * so one placeholder stands in; nothing ever imports it.
 */
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: { 'runtime-slices': 'manifest-registered-at-runtime.js' },
      shared: [...sharedLibraries],
    }),
  ],
  build: {
    outDir: 'dist',
    target: 'esnext',
    modulePreload: false,
  },
});
