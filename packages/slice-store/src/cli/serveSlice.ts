import { pino } from 'pino';
import { sliceName } from '@tiffin/slice-contract';
import { loadEnv, topology } from '@tiffin/topology';
import { buildSliceCdn } from '../sliceCdn';
import { sliceStoreDir } from '../storeLocation';

/** One slice's origin (its topology port), served from the slice store: what `pnpm start` runs per slice. */
const parsed = sliceName.safeParse(process.argv[2]);
if (!parsed.success) {
  console.error(`usage: serveSlice.ts <slice>; no slice is called "${process.argv[2] ?? ''}"`);
  process.exit(2);
}
const slice = parsed.data;
const config = loadEnv();
const cdn = await buildSliceCdn(slice, sliceStoreDir(), pino({ name: `${slice}-slice`, level: config.TIFFIN_LOG_LEVEL }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cdn.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
await cdn.listen({ port: topology.slices[slice].port, host: config.TIFFIN_BIND_HOST });
