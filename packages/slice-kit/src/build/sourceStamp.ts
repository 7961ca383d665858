import type { Plugin } from 'vite';
import { sourceFingerprint } from './sourceFingerprint';
import { sourceStampFile } from './sourceStampFile';

/**
 * Writes source.json (`{ "sourceHash": … }`) into a slice's build, the fingerprint of the source as
 * the build began, so `pnpm start --skip-build` knows whether a build or a stored release is of what
 * is checked out. A watch build (pnpm dev:slice) is not stamped: it is a development build, which a
 * start should not take for the checkout's release.
 */
export function sourceStamp(): Plugin {
  let root = process.cwd();
  let sourceHash: string | undefined;
  return {
    name: 'tiffin-source-stamp',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      sourceHash = this.meta.watchMode ? undefined : await sourceFingerprint(root);
    },
    generateBundle() {
      if (sourceHash === undefined) return;
      this.emitFile({ type: 'asset', fileName: sourceStampFile, source: `${JSON.stringify({ sourceHash })}\n` });
    },
  };
}
