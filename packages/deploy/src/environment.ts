import type { IEnvVar } from 'kubernetes-models/v1';
import { bffNames, databaseUrlVar, envNameOf, serviceNames, sliceNames, sliceUrlVar, topology, type ServiceName } from '@tiffin/topology';
import { bffDeployable, serviceDeployable, type Deployable } from './deployables';
import { platform, type RenderSettings } from './settings';

const secretKey = (name: string, secret: string, key: string): IEnvVar => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });

/** What every Tiffin process reads, in a container whose root filesystem is read-only. */
function common(): IEnvVar[] {
  return [
    { name: 'TIFFIN_BIND_HOST', value: '0.0.0.0' },
    { name: 'TIFFIN_DATA_DIR', value: '/tmp/tiffin' },
    { name: 'TIFFIN_LOG_LEVEL', value: 'info' },
    secretKey('TIFFIN_IDENTITY_SECRET', platform.identitySecret, 'secret'),
  ];
}

/** The broker and the service's own database, with credentials from the operators' secrets ($(VAR) expands them). */
function stateOf(service: ServiceName): IEnvVar[] {
  return [
    secretKey('AMQP_USERNAME', platform.rabbitmqUser, 'username'),
    secretKey('AMQP_PASSWORD', platform.rabbitmqUser, 'password'),
    { name: 'TIFFIN_AMQP_URL', value: `amqp://$(AMQP_USERNAME):$(AMQP_PASSWORD)@${platform.rabbitmq}:5672` },
    secretKey('PG_USERNAME', platform.postgresApp, 'username'),
    secretKey('PG_PASSWORD', platform.postgresApp, 'password'),
    { name: databaseUrlVar(service), value: `postgres://$(PG_USERNAME):$(PG_PASSWORD)@${platform.postgres}-rw:5432/${databaseNameOf(service)}` },
  ];
}

/** `order-history` → `order_history`: each service's database on the CloudNativePG cluster. */
export const databaseNameOf = (service: ServiceName) => envNameOf(service).toLowerCase();

const serviceUrls = (services: readonly ServiceName[]): IEnvVar[] =>
  services.map((name) => ({ name: `TIFFIN_${envNameOf(name)}_SERVICE_URL`, value: `http://${serviceDeployable(name)}:${topology.services[name].port}` }));

export const sliceOrigin = (slice: string, settings: RenderSettings) => `https://${slice}.slices.${settings.host}`;

/** The environment of one deployable: where it finds what it calls, its data, and how it is reached. */
export function environmentOf(deployable: Deployable, settings: RenderSettings): IEnvVar[] {
  const own = serviceNames.find((name) => serviceDeployable(name) === deployable.name);
  const bff = bffNames.find((name) => bffDeployable(name) === deployable.name);
  switch (deployable.kind) {
    case 'service':
      return [...common(), ...stateOf(own!)];
    case 'bff':
      return [...common(), ...serviceUrls(topology.bffs[bff!].calls)];
    case 'slice-origin':
      return [...common(), { name: 'TIFFIN_SLICE_STORE_DIR', value: '/var/tiffin/slices' }];
    case 'edge':
      return [
        ...common(),
        { name: 'TIFFIN_PUBLIC_ORIGIN', value: `https://${settings.host}` },
        // The ingress controller's pods: the client's address is the nearest X-Forwarded-For hop before them.
        { name: 'TIFFIN_TRUSTED_PROXIES', value: '10.0.0.0/8' },
        { name: 'TIFFIN_SLICE_STORE_DIR', value: '/var/tiffin/slices' },
        ...serviceUrls(topology.edge.calls),
        ...bffNames.map((name) => ({ name: `TIFFIN_${envNameOf(name)}_BFF_URL`, value: `http://${bffDeployable(name)}:${topology.bffs[name].port}` })),
        ...sliceNames.map((name) => ({ name: sliceUrlVar(name), value: sliceOrigin(name, settings) })),
        { name: 'TIFFIN_SLICE_ORIGINS', value: sliceNames.map((name) => sliceOrigin(name, settings)).join(',') },
      ];
  }
}
