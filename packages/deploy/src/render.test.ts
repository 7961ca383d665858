import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { Cluster, Database } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Namespace, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { serviceNames } from '@tiffin/topology';
import { callGraph, deployables } from './deployables';
import { rabbitmqCluster } from './rabbitmq-cluster';
import { renderDeployment } from './render';

type Doc = { apiVersion: string; kind: string; metadata: { name: string }; spec?: Record<string, unknown> };

/** The rendered objects read back from the YAML, as `kubectl apply` would read them. */
function objects(files = renderDeployment()): Doc[] {
  return [...files]
    .filter(([file]) => !file.endsWith('kustomization.yaml'))
    .flatMap(([, text]) => parseAllDocuments(text).map((document) => document.toJSON() as Doc));
}

/** Each kind checked again, from the YAML alone, against the Kubernetes and operators' schemas. */
const schemaOf: Record<string, (doc: Doc) => void> = {
  Deployment: (doc) => new Deployment(doc as never).validate(),
  Service: (doc) => new Service(doc as never).validate(),
  HorizontalPodAutoscaler: (doc) => new HorizontalPodAutoscaler(doc as never).validate(),
  PodDisruptionBudget: (doc) => new PodDisruptionBudget(doc as never).validate(),
  NetworkPolicy: (doc) => new NetworkPolicy(doc as never).validate(),
  Ingress: (doc) => new Ingress(doc as never).validate(),
  Namespace: (doc) => new Namespace(doc as never).validate(),
  PersistentVolumeClaim: (doc) => new PersistentVolumeClaim(doc as never).validate(),
  Cluster: (doc) => new Cluster(doc as never).validate(),
  Database: (doc) => new Database(doc as never).validate(),
  RabbitmqCluster: (doc) => void rabbitmqCluster.parse(doc),
};

const ofKind = (kind: string) => objects().filter((doc) => doc.kind === kind);

describe('the Kubernetes deployment rendered from the topology', () => {
  it('renders the same bytes twice', () => {
    expect([...renderDeployment()]).toEqual([...renderDeployment()]);
  });

  it('holds only objects that pass their schemas, read back from the YAML', () => {
    const all = objects();
    expect(all.length).toBeGreaterThan(60);
    for (const doc of all) {
      const validate = schemaOf[doc.kind];
      expect(validate, `${doc.kind} has no schema to check it`).toBeDefined();
      expect(() => validate!(doc), `${doc.kind} ${doc.metadata.name}`).not.toThrow();
    }
  });

  it('catches an object that breaks its schema', () => {
    const [deployment] = ofKind('Deployment');
    const broken = structuredClone(deployment!) as unknown as { spec: { template: { spec: { containers: { ports: { containerPort: unknown }[] }[] } } } };
    broken.spec.template.spec.containers[0]!.ports[0]!.containerPort = 'http';
    expect(() => schemaOf.Deployment!(broken as unknown as Doc)).toThrow(/containerPort/);
  });

  it('opens exactly the topology’s call graph between the deployables, and nothing else', () => {
    const allowed = ofKind('NetworkPolicy').flatMap((policy) => {
      const ingress = (policy.spec!.ingress ?? []) as { from: { podSelector?: { matchLabels: Record<string, string> } }[] }[];
      return ingress.flatMap((rule) => rule.from.flatMap((peer) => (peer.podSelector ? [`${peer.podSelector.matchLabels['app.kubernetes.io/name']} → ${policy.metadata.name}`] : [])));
    });
    expect(allowed.sort()).toEqual(callGraph());
    expect(ofKind('NetworkPolicy').find((policy) => policy.metadata.name === 'default-deny')?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  it('gives every deployable probes on its real health route, an autoscaler, a disruption budget and a restricted security context', () => {
    const names = deployables().map((deployable) => deployable.name).sort();
    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      expect(ofKind(kind).map((doc) => doc.metadata.name).sort(), kind).toEqual(names);
    }
    for (const deployment of ofKind('Deployment')) {
      const { containers } = (deployment.spec as { template: { spec: { containers: Record<string, never>[] } } }).template.spec;
      expect(containers[0]).toMatchObject({
        readinessProbe: { httpGet: { path: '/health' } },
        livenessProbe: { tcpSocket: { port: 'http' } },
        securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      });
    }
    expect(ofKind('Namespace')[0]).toMatchObject({ metadata: { labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } });
  });

  it('migrates each service before it starts, on a database of its own, RabbitMQ and PostgreSQL by their operators', () => {
    for (const service of serviceNames) {
      const deployment = ofKind('Deployment').find((doc) => doc.metadata.name === `${service}-service`)!;
      expect((deployment.spec as { template: { spec: { initContainers: { args: string[] }[] } } }).template.spec.initContainers[0]!.args).toEqual(['services/host/src/migrate.ts', service]);
    }
    expect(ofKind('Database').map((doc) => (doc.spec as { name: string }).name).sort()).toEqual(serviceNames.map((name) => name.replaceAll('-', '_')).sort());
    expect(ofKind('RabbitmqCluster')).toHaveLength(1);
    expect(ofKind('Cluster')).toHaveLength(1);
  });
});
