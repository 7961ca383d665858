/**
 * The one place that says what Tiffin is made of: services, BFFs, slices, the edge, their ports and
 * the order they start in. The start command, the tests and the deployment notes all read this.
 */
export const topology = {
  /** The edge asks the identity service who holds a session cookie; it calls no other service. */
  edge: { port: 8080, calls: ['identity'] },
  /**
   * The largest request body anything accepts, the same at the edge, the BFFs and the services, so
   * the edge refuses an oversized body itself (413) instead of a BFF cutting the stream half-way.
   */
  http: { bodyLimitBytes: 64 * 1024 },
  /**
   * Each service, and what a customer reads when it cannot answer (`unreachable`): the service as
   * they think of it, never its own name. The order service's speaks of their orders, which is what
   * they cannot read, place or cancel while it is away (a checkout words its own failure: the order
   * was not placed).
   */
  services: {
    catalog: { port: 4101, unreachable: "We can't reach the restaurants right now" },
    order: { port: 4102, unreachable: "We can't reach your orders right now" },
    delivery: { port: 4103, unreachable: "We can't reach the couriers right now" },
    consumer: { port: 4104, unreachable: "We can't reach your account right now" },
    kitchen: { port: 4105, unreachable: "We can't reach the kitchen right now" },
    accounting: { port: 4106, unreachable: "We can't reach the payments desk right now" },
    'order-history': { port: 4107, unreachable: "We can't load your past orders right now" },
    identity: { port: 4108, unreachable: "We can't check who you are right now" },
    // Operators' actions (who, when, what, outcome); only the ops BFF calls it.
    audit: { port: 4109, unreachable: "We can't reach the audit log right now" },
  },
  /**
   * Each BFF and the services it calls: its own service first (the one its routes are handed), then
   * the others it reads from. defineBff gives a BFF clients of these and of no other.
   */
  bffs: {
    catalog: { port: 4201, calls: ['catalog'] },
    order: { port: 4202, calls: ['order', 'consumer', 'order-history', 'kitchen', 'catalog', 'delivery', 'accounting'] },
    // Live changes come from the order-history view, which follows every delivery event.
    delivery: { port: 4203, calls: ['delivery', 'order-history'] },
    // Sagas are the order service's; the audit log the audit service's; every service has dead letters and health.
    ops: { port: 4204, calls: ['order', 'audit', 'catalog', 'consumer', 'kitchen', 'accounting', 'delivery', 'order-history', 'identity'] },
  },
  slices: {
    catalog: { port: 5001, dir: 'mfe-catalog', route: '/catalog', label: 'Restaurants', bff: 'catalog' },
    order: { port: 5002, dir: 'mfe-order', route: '/orders', label: 'Orders', bff: 'order' },
    delivery: { port: 5003, dir: 'mfe-delivery', route: '/delivery', label: 'Delivery', bff: 'delivery' },
    ops: { port: 5004, dir: 'mfe-ops', route: '/ops', label: 'Operations', bff: 'ops' },
  },
  broker: { exchange: 'tiffin.events' },
  /** Start order: data owners first, then what calls them, then what the browser loads. */
  startOrder: ['services', 'bffs', 'slices', 'edge'],
} as const;

export type Topology = typeof topology;
export type ServiceName = keyof Topology['services'];
export type BffName = keyof Topology['bffs'];
export type SliceName = keyof Topology['slices'];
/** The services the edge itself calls. */
export type EdgeCall = Topology['edge']['calls'][number];

export const serviceNames = Object.keys(topology.services) as ServiceName[];
export const bffNames = Object.keys(topology.bffs) as BffName[];
export const sliceNames = Object.keys(topology.slices) as SliceName[];

/** The BFF's own service: the first it calls, whose outage is what its customers read about. */
export function bffService<N extends BffName>(name: N): Topology['bffs'][N]['calls'][0] {
  return topology.bffs[name].calls[0];
}

/** Where a part lives in the workspace and what its package is called. */
export interface Workspace {
  /** Folder under the repository root, e.g. "services/order-history". */
  dir: string;
  /** Its package.json name, e.g. "@tiffin/order-history-service". */
  packageName: string;
}

/** One rule per kind of part, so a new part is found by its name alone. */
export const workspaceOf = {
  service: (name: ServiceName): Workspace => ({ dir: `services/${name}`, packageName: `@tiffin/${name}-service` }),
  bff: (name: BffName): Workspace => ({ dir: `bff/${name}`, packageName: `@tiffin/${name}-bff` }),
  slice: (name: SliceName): Workspace => ({ dir: topology.slices[name].dir, packageName: `@tiffin/${topology.slices[name].dir}` }),
};
