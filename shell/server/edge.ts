import { pino } from 'pino';
import { loadEnv, topology } from '@tiffin/topology';
import { buildEdge } from './edge-app';

const config = loadEnv();
const logger = pino({ name: 'edge', level: config.TIFFIN_LOG_LEVEL });
const edge = await buildEdge({ logger });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    edge.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
await edge.listen({ port: config.TIFFIN_PORT ?? topology.edge.port, host: config.TIFFIN_BIND_HOST });
