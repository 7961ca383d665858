import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { demoAccounts, type DemoAccountName } from '@tiffin/demo-accounts';
import { identityHeader } from '@tiffin/contracts';
import { type SliceName } from '@tiffin/slice-contract';
import { identitySecret, signIdentity } from '@tiffin/http-kit';
import { bffUrl, loadEnv, repoRoot, topology } from '@tiffin/topology';
import type { HarnessTarget } from './harnessTarget';

/** Away from every topology port: a slice's harness is its origin's port plus this. */
const harnessPortOffset = 2000;

export function harnessPort(slice: SliceName): number {
  return topology.slices[slice].port + harnessPortOffset;
}

/** The demo account a developer works as: TIFFIN_DEV_ACCOUNT names one (asha, bombayStaff, rosa…). */
function developerAccount(env: NodeJS.ProcessEnv) {
  const name = env.TIFFIN_DEV_ACCOUNT ?? 'asha';
  if (!(name in demoAccounts)) {
    throw new Error(`TIFFIN_DEV_ACCOUNT=${name} is not a demo account; use one of ${Object.keys(demoAccounts).join(', ')}`);
  }
  return demoAccounts[name as DemoAccountName];
}

/**
 * Standalone mode: the slice's source under vite's dev server (hot reload, no federation), mounted by
 * a page that provides the slice contract instead of the shell. Its BFF calls go straight to the BFF.
 */
export async function startHarness(slice: SliceName, env: NodeJS.ProcessEnv = process.env): Promise<ViteDevServer> {
  const { route, bff, dir } = topology.slices[slice];
  const identity = developerAccount(env);
  const secret = identitySecret(env);
  // No edge here: the harness's proxy stands in for it, vouching for the developer's demo account.
  const target: HarnessTarget = { name: slice, route, bffBase: `/bff/${bff}`, session: { identity, csrfToken: 'harness-has-no-csrf-check' } };
  const server = await createServer({
    configFile: false,
    root: path.join(import.meta.dirname, '..'),
    plugins: [react()],
    define: { __TIFFIN_HARNESS_TARGET__: JSON.stringify(target) },
    resolve: {
      alias: { 'tiffin-harness:slice': path.join(repoRoot, dir, 'src', 'Slice.tsx') },
      // One React, router and query client for the harness and the slice, as under the shell.
      dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query'],
    },
    server: {
      host: loadEnv(env).TIFFIN_BIND_HOST,
      port: harnessPort(slice),
      strictPort: true,
      fs: { allow: [repoRoot] },
      proxy: {
        [target.bffBase]: {
          target: bffUrl(bff, env),
          rewrite: (url) => url.slice(target.bffBase.length) || '/',
          configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader(identityHeader, signIdentity(identity, secret))),
        },
      },
    },
  });
  await server.listen();
  return server;
}
