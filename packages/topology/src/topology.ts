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
  services: {
    catalog: { port: 4101 },
    order: { port: 4102 },
    delivery: { port: 4103 },
    consumer: { port: 4104 },
    kitchen: { port: 4105 },
    accounting: { port: 4106 },
    'order-history': { port: 4107 },
    identity: { port: 4108 },
  },
  bffs: {
    catalog: { port: 4201, calls: ['catalog'] },
    order: { port: 4202, calls: ['order', 'consumer', 'order-history', 'kitchen', 'catalog', 'delivery', 'accounting'] },
    delivery: { port: 4203, calls: ['delivery', 'order-history'] },
  },
  slices: {
    catalog: { port: 5001, dir: 'mfe-catalog', route: '/catalog', label: 'Restaurants', bff: 'catalog' },
    order: { port: 5002, dir: 'mfe-order', route: '/orders', label: 'Orders', bff: 'order' },
    delivery: { port: 5003, dir: 'mfe-delivery', route: '/delivery', label: 'Delivery', bff: 'delivery' },
  },
  broker: { exchange: 'tiffin.events' },
  /** Start order: data owners first, then what calls them, then what the browser loads. */
  startOrder: ['services', 'bffs', 'slices', 'edge'],
} as const;

export type Topology = typeof topology;
export type ServiceName = keyof Topology['services'];
export type BffName = keyof Topology['bffs'];
export type SliceName = keyof Topology['slices'];

export const serviceNames = Object.keys(topology.services) as ServiceName[];
export const bffNames = Object.keys(topology.bffs) as BffName[];
export const sliceNames = Object.keys(topology.slices) as SliceName[];
