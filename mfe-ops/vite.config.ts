// By path, not package name: Vite's default config loader hands workspace packages to Node, which
// cannot run their TypeScript source, and the `vite` command runs without a custom loader.
import { defineSliceConfig } from '../packages/slice-kit/src/vite';

export default defineSliceConfig('ops');
