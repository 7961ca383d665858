/** What differs between one cluster and another; everything else comes from the topology. */
export interface RenderSettings {
  namespace: string;
  /** Where people open Tiffin, e.g. `tiffin.example.com`; slices come from `<slice>.slices.<host>`. */
  host: string;
  /** Where the four images are pushed, e.g. `registry.example.com/tiffin`. */
  registry: string;
  /** The images' tag: one release of Tiffin. */
  tag: string;
}

export const defaultSettings: RenderSettings = { namespace: 'tiffin', host: 'tiffin.example.com', registry: 'registry.example.com/tiffin', tag: 'latest' };

/** Names of what the platform's operators create, which the deployables reach by name. */
export const platform = {
  rabbitmq: 'tiffin-rabbitmq',
  /** The RabbitMQ Cluster Operator's secret of the default user: `username`, `password`. */
  rabbitmqUser: 'tiffin-rabbitmq-default-user',
  postgres: 'tiffin-postgres',
  /** CloudNativePG's secret of the application owner: `username`, `password`. */
  postgresApp: 'tiffin-postgres-app',
  /** Made by whoever installs Tiffin (see the README): `secret`, at least 32 characters. */
  identitySecret: 'tiffin-identity',
  sliceStore: 'tiffin-slice-store',
  /** Where the ingress controller runs: its pods are the only ones that reach the public deployables. */
  ingressNamespace: 'ingress-nginx',
} as const;
