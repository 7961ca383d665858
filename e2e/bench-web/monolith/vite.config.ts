import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The baseline `pnpm bench:web` compares the federated shell with: the three slices' Slice modules
 * and the shell's header in one ordinary Vite build, tree-shaken as a whole. Never deployed.
 */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: path.join(import.meta.dirname, '../../../shell/public'),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The same target as the shell and the slices, so only federation differs.
    target: 'esnext',
  },
});
