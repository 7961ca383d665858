import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bffNames, loadEnv, serviceNames, topology } from '@tiffin/topology';
import { instancePort, replicaStages } from './replicas';

describe('pnpm start --replicas', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tiffin-replicas-'));
  const env = { TIFFIN_DATA_DIR: dataDir };
  const stages = replicaStages(env, loadEnv(env), 2);

  it('starts HAProxy first, then two instances of every service, BFF and edge, each on its own port', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['load balancers', 'services (2 of each)', 'BFFs (2 of each)', 'slices', 'edge (2)']);
    const ports = stages.flatMap((stage) => stage.members.map((member) => member.spec.env.TIFFIN_PORT)).filter(Boolean);
    expect(ports).toHaveLength((serviceNames.length + bffNames.length + 1) * 2);
    expect(new Set(ports).size).toBe(ports.length);
    const order = stages[1]!.members.filter((member) => member.spec.name.startsWith('order-service-'));
    expect(order.map((member) => member.spec.env.TIFFIN_PORT)).toEqual([String(instancePort(4102, 1)), String(instancePort(4102, 2))]);
  });

  it('balances each part on its topology port over its instances, checked on GET /health', () => {
    const config = readFileSync(path.join(dataDir, 'haproxy.cfg'), 'utf8');
    for (const [name, port] of [['order-service', topology.services.order.port], ['ops-bff', topology.bffs.ops.port], ['edge', topology.edge.port]] as const) {
      expect(config).toContain(`frontend ${name}\n  bind 127.0.0.1:${port}\n`);
      expect(config).toContain(`  server ${name}-1 127.0.0.1:${instancePort(port, 1)} check\n  server ${name}-2 127.0.0.1:${instancePort(port, 2)} check\n`);
    }
    expect(config.match(/option httpchk GET \/health/g)).toHaveLength(serviceNames.length + bffNames.length + 1);
  });

  it('refuses a number of replicas it cannot give ports to', () => {
    expect(() => replicaStages(env, loadEnv(env), 6)).toThrow('--replicas takes 2 to 5');
  });
});
