import autocannon from 'autocannon';
import Fastify from 'fastify';
import { topology } from '@tiffin/topology';
import { asBenchCustomer } from './bench-identity';

export interface ReadResult {
  target: string;
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

async function hammer(target: string, url: string, durationSeconds: number): Promise<ReadResult> {
  // Both targets get the same headers; the BFF needs the signed identity, which outlives a step (60 s).
  const result = await autocannon({ url, headers: asBenchCustomer(), connections: 20, pipelining: 1, duration: durationSeconds });
  return { target, requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/**
 * GET /restaurants through the catalog BFF (which calls the catalog service) against a bare fastify
 * server answering the very same JSON, one after the other under the same load.
 */
export async function runCatalogRead(durationSeconds: number): Promise<{ bff: ReadResult; bare: ReadResult }> {
  const bffUrl = `http://127.0.0.1:${topology.bffs.catalog.port}/restaurants`;
  const body: unknown = await (await fetch(bffUrl, { headers: asBenchCustomer() })).json();
  const bare = Fastify({ logger: false });
  bare.get('/restaurants', async () => body);
  const address = await bare.listen({ host: '127.0.0.1', port: 0 });
  try {
    const bareResult = await hammer('bare fastify, same JSON', `${address}/restaurants`, durationSeconds);
    const bffResult = await hammer('catalog BFF → catalog service', bffUrl, durationSeconds);
    return { bff: bffResult, bare: bareResult };
  } finally {
    await bare.close();
  }
}
