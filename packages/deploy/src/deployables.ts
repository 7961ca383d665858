import { bffNames, serviceNames, sliceNames, topology, type BffName, type ServiceName, type SliceName } from '@tiffin/topology';

export type DeployableKind = 'service' | 'bff' | 'edge' | 'slice-origin';

/** One thing Kubernetes runs: a Deployment, its Service, autoscaler, disruption budget and network policy. */
export interface Deployable {
  /** Its Kubernetes name: `order-service`, `order-bff`, `edge`, `catalog-slice`. */
  name: string;
  kind: DeployableKind;
  port: number;
  /** What its container runs (the image's entrypoint is `tsx`). */
  script: string;
  /** The deployables it calls over HTTP: the topology's call graph, and nothing else. */
  calls: string[];
  /** Its own database (a CloudNativePG database) and the broker (RabbitMQ). */
  stateful: boolean;
  /** Reached from outside, through the ingress controller. */
  public: boolean;
}

export const serviceDeployable = (name: ServiceName) => `${name}-service`;
export const bffDeployable = (name: BffName) => `${name}-bff`;
export const sliceDeployable = (name: SliceName) => `${name}-slice`;

/** Every deployable of the topology, in its start order: data owners, what calls them, slices, the edge. */
export function deployables(): Deployable[] {
  return [
    ...serviceNames.map((name) => ({
      name: serviceDeployable(name),
      kind: 'service' as const,
      port: topology.services[name].port,
      script: `services/${name}/src/server.ts`,
      calls: [],
      stateful: true,
      public: false,
    })),
    ...bffNames.map((name) => ({
      name: bffDeployable(name),
      kind: 'bff' as const,
      port: topology.bffs[name].port,
      script: `bff/${name}/src/server.ts`,
      calls: topology.bffs[name].calls.map(serviceDeployable),
      stateful: false,
      public: false,
    })),
    ...sliceNames.map((name) => ({
      name: sliceDeployable(name),
      kind: 'slice-origin' as const,
      port: topology.slices[name].port,
      script: `packages/slice-store/src/cli/serveSlice.ts ${name}`,
      calls: [],
      stateful: false,
      public: true,
    })),
    {
      name: 'edge',
      kind: 'edge',
      port: topology.edge.port,
      script: 'shell/server/edge.ts',
      calls: [...bffNames.map(bffDeployable), ...topology.edge.calls.map(serviceDeployable)],
      stateful: false,
      public: true,
    },
  ];
}

/** Who calls whom, `caller → callee`, from the topology: what the network policies must allow, exactly. */
export function callGraph(): string[] {
  return deployables()
    .flatMap((deployable) => deployable.calls.map((callee) => `${deployable.name} → ${callee}`))
    .sort();
}
