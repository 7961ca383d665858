import { Cluster, Database } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { Namespace, PersistentVolumeClaim } from 'kubernetes-models/v1';
import { serviceNames, sliceNames, topology } from '@tiffin/topology';
import { sliceDeployable } from './deployables';
import { databaseNameOf } from './environment';
import { rabbitmqCluster, type RabbitmqCluster } from './rabbitmq-cluster';
import { platform, type RenderSettings } from './settings';

export function namespaceOf(settings: RenderSettings): Namespace {
  // The restricted Pod Security Standard: the cluster refuses any pod of Tiffin's that asks for more.
  return new Namespace({ metadata: { name: settings.namespace, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } });
}

/** The broker, run by the RabbitMQ Cluster Operator: three nodes, quorum queues survive one lost. */
export function rabbitmqOf(settings: RenderSettings): RabbitmqCluster {
  return rabbitmqCluster.parse({
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'RabbitmqCluster',
    metadata: { name: platform.rabbitmq, namespace: settings.namespace },
    spec: {
      replicas: 3,
      resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '1Gi' } },
      persistence: { storage: '10Gi' },
      rabbitmq: { additionalConfig: 'cluster_partition_handling = pause_minority\n' },
    },
  });
}

/** PostgreSQL, run by CloudNativePG: one cluster, a database per service, each owned by the app role. */
export function postgresOf(settings: RenderSettings): (Cluster | Database)[] {
  return [
    new Cluster({
      metadata: { name: platform.postgres, namespace: settings.namespace },
      spec: {
        instances: 3,
        storage: { size: '20Gi' },
        bootstrap: { initdb: { database: 'app', owner: 'app' } },
        resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } },
      },
    }),
    ...serviceNames.map(
      (service) =>
        new Database({
          metadata: { name: `${platform.postgres}-${service}`, namespace: settings.namespace },
          spec: { name: databaseNameOf(service), owner: 'app', cluster: { name: platform.postgres } },
        }),
    ),
  ];
}

/** The slice store every edge and slice origin shares: releases written by `pnpm slice deploy`, read by all. */
export function sliceStoreOf(settings: RenderSettings): PersistentVolumeClaim {
  return new PersistentVolumeClaim({
    metadata: { name: platform.sliceStore, namespace: settings.namespace },
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '5Gi' } } },
  });
}

/** https at the ingress: the edge on the host, each slice on an origin of its own (the shell's CSP names them). */
export function ingressOf(settings: RenderSettings): Ingress {
  const backend = (name: string, port: number) => ({ service: { name, port: { number: port } } });
  const hosts = [
    { host: settings.host, name: 'edge', port: topology.edge.port },
    ...sliceNames.map((slice) => ({ host: `${slice}.slices.${settings.host}`, name: sliceDeployable(slice), port: topology.slices[slice].port })),
  ];
  return new Ingress({
    metadata: { name: 'tiffin', namespace: settings.namespace, annotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600' } },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: hosts.map((entry) => entry.host), secretName: 'tiffin-tls' }],
      rules: hosts.map(({ host, name, port }) => ({ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend(name, port) }] } })),
    },
  });
}
