import { stringify } from 'yaml';
import { deployables } from './deployables';
import { defaultDeny, networkPolicyOf } from './network-policies';
import { ingressOf, namespaceOf, postgresOf, rabbitmqOf, sliceStoreOf } from './platform-objects';
import { rabbitmqCluster, type RabbitmqCluster } from './rabbitmq-cluster';
import { defaultSettings, type RenderSettings } from './settings';
import { workloadsOf } from './workloads';

/** A Kubernetes object as kubernetes-models makes one: it checks itself against the API's schema. */
interface Model {
  validate(): void;
  toJSON(): unknown;
}
type KubernetesObject = Model | RabbitmqCluster;

const isModel = (object: KubernetesObject): object is Model => typeof (object as Partial<Model>).validate === 'function';

/** Validates every object offline (kubernetes-models' JSON schemas; the RabbitmqCluster against its own). */
function checked(objects: readonly KubernetesObject[]): unknown[] {
  return objects.map((object) => {
    if (!isModel(object)) return rabbitmqCluster.parse(object);
    object.validate();
    return object.toJSON();
  });
}

const yamlOf = (objects: readonly KubernetesObject[]) =>
  checked(objects)
    .map((object) => stringify(object, { lineWidth: 0 }))
    .join('---\n');

/**
 * Every file of Tiffin's Kubernetes deployment, from the topology: a kustomize base with a file per
 * deployable (Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy), the
 * platform (the namespace, RabbitMQ and PostgreSQL through their operators, the slice store, the
 * ingress), and overlays. Pure: the same topology and settings give byte-identical files.
 */
export function renderDeployment(settings: RenderSettings = defaultSettings): Map<string, string> {
  const all = deployables();
  const files = new Map<string, string>();
  const base = (file: string, objects: readonly KubernetesObject[]) => files.set(`base/${file}`, yamlOf(objects));
  base('namespace.yaml', [namespaceOf(settings), defaultDeny(settings)]);
  base('rabbitmq.yaml', [rabbitmqOf(settings)]);
  base('postgres.yaml', postgresOf(settings));
  base('slice-store.yaml', [sliceStoreOf(settings)]);
  base('ingress.yaml', [ingressOf(settings)]);
  for (const deployable of all) base(`${deployable.name}.yaml`, [...workloadsOf(deployable, settings), networkPolicyOf(deployable, all, settings)]);
  const resources = [...files.keys()].map((file) => file.slice('base/'.length));
  files.set('base/kustomization.yaml', stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources }));
  files.set('overlays/one-node/kustomization.yaml', stringify(oneNodeOverlay()));
  return files;
}

/** Everything once: to try Tiffin on a one-node cluster (kind, k3s, minikube), without high availability. */
function oneNodeOverlay() {
  const replace = (path: string, value: number) => [{ op: 'replace', path, value }];
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: ['../../base'],
    patches: [
      { target: { kind: 'Deployment' }, patch: stringify(replace('/spec/replicas', 1)) },
      { target: { kind: 'HorizontalPodAutoscaler' }, patch: stringify(replace('/spec/minReplicas', 1)) },
      { target: { kind: 'PodDisruptionBudget' }, patch: stringify(replace('/spec/minAvailable', 0)) },
      { target: { kind: 'RabbitmqCluster' }, patch: stringify(replace('/spec/replicas', 1)) },
      { target: { kind: 'Cluster', group: 'postgresql.cnpg.io' }, patch: stringify(replace('/spec/instances', 1)) },
    ],
  };
}
