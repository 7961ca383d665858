import { createServer } from 'node:net';
import { pino } from 'pino';
import { sliceName } from '@tiffin/slice-contract';
import { loadEnv, topology } from '@tiffin/topology';
import { describeDist } from '../deploy/buildSlice';
import { deploySlice } from '../deploy/deploySlice';
import { directoryStore } from '../directoryStore';
import { buildSliceCdn } from '../sliceCdn';
import { ReleaseError } from '../store';
import { sliceStoreDir } from '../storeLocation';
import { watchSlice } from '../dev/watchSlice';
import { harnessPort, startHarness } from '@tiffin/slice-harness';

const say = (line: string) => console.log(`[dev:slice] ${line}`);
const parsed = sliceName.safeParse(process.argv[2]);
const options = process.argv.slice(3);
if (!parsed.success || options.some((option) => option !== '--standalone')) {
  console.error(`usage: pnpm dev:slice <${Object.keys(topology.slices).join('|')}> [--standalone]`);
  process.exit(2);
}
const slice = parsed.data;
const config = loadEnv();

if (options.includes('--standalone')) {
  // No shell and no federation: the slice's source in a page that provides the contract, hot-reloaded.
  await startHarness(slice);
  say(`${slice} standalone at http://${config.TIFFIN_PUBLIC_HOST}:${harnessPort(slice)}${topology.slices[slice].route} (its BFF must be running); Ctrl-C stops`);
} else {
  // A development build is loaded by the developer's own browser, on this machine: compressed quickly.
  const store = directoryStore(sliceStoreDir(), { compression: 'quick' });
  const port = topology.slices[slice].port;

  function portIsFree(): Promise<boolean> {
    return new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, config.TIFFIN_BIND_HOST, () => probe.close(() => resolve(true)));
    });
  }

  // Under a running `pnpm start` the slice's origin already serves the store; alone, serve it here.
  if (await portIsFree()) {
    const cdn = await buildSliceCdn(slice, sliceStoreDir(), pino({ level: 'warn' }));
    await cdn.listen({ port, host: config.TIFFIN_BIND_HOST });
    say(`serving the ${slice} slice store on http://${config.TIFFIN_PUBLIC_HOST}:${port}`);
  }

  await watchSlice(
    slice,
    async (buildDir, { startedAt, builtAt }) => {
      // Each build is a release of its own: the old one stays whole for pages that loaded it.
      const { release, published } = await deploySlice(store, slice, await describeDist(slice, buildDir), 'dev-build');
      const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
      say(`${release.version} live in ${seconds(startedAt)} s (deployed in ${seconds(builtAt)} s)${published ? '' : ' (a build already in the store)'}; open pages show it now`);
    },
    (error) => say(error instanceof ReleaseError ? `not deployed: ${error.message}` : `build failed: ${String(error)}`),
  );
  say(`watching ${topology.slices[slice].dir}/src; Ctrl-C stops`);
}
