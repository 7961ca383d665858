import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service, type IContainer, type ISecurityContext, type IVolume, type IVolumeMount } from 'kubernetes-models/v1';
import { serviceNames } from '@tiffin/topology';
import { serviceDeployable, type Deployable } from './deployables';
import { environmentOf } from './environment';
import { platform, type RenderSettings } from './settings';

export const labelsOf = (deployable: Deployable) => ({
  'app.kubernetes.io/name': deployable.name,
  'app.kubernetes.io/component': deployable.kind,
  'app.kubernetes.io/part-of': 'tiffin',
});
const selectorOf = (deployable: Deployable) => ({ 'app.kubernetes.io/name': deployable.name });

/** One image per kind of deployable (deploy/containers/<kind>.Containerfile); a release tags all four. */
export const imageOf = (deployable: Deployable, settings: RenderSettings) => `${settings.registry}/tiffin-${deployable.kind}:${settings.tag}`;

/** Non-root, nothing written outside its own /tmp, no privilege to gain: the restricted Pod Security Standard. */
const restricted: ISecurityContext = {
  runAsNonRoot: true,
  runAsUser: 10001,
  runAsGroup: 10001,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

const usesSliceStore = (deployable: Deployable) => deployable.kind === 'edge' || deployable.kind === 'slice-origin';

function volumesOf(deployable: Deployable): { volumes: IVolume[]; mounts: IVolumeMount[] } {
  const volumes: IVolume[] = [{ name: 'tmp', emptyDir: {} }];
  const mounts: IVolumeMount[] = [{ name: 'tmp', mountPath: '/tmp' }];
  if (usesSliceStore(deployable)) {
    // Every edge and every slice origin reads the same releases and live pointers.
    volumes.push({ name: 'slices', persistentVolumeClaim: { claimName: platform.sliceStore, readOnly: deployable.kind === 'slice-origin' } });
    mounts.push({ name: 'slices', mountPath: '/var/tiffin/slices', readOnly: deployable.kind === 'slice-origin' });
  }
  return { volumes, mounts };
}

function containerOf(deployable: Deployable, settings: RenderSettings): IContainer {
  const { mounts } = volumesOf(deployable);
  const [script, ...args] = deployable.script.split(' ');
  return {
    name: deployable.name,
    image: imageOf(deployable, settings),
    args: [script!, ...args],
    ports: [{ name: 'http', containerPort: deployable.port }],
    env: environmentOf(deployable, settings),
    // Ready: /health answers 200 only when the database, the broker and every consumer are up, so
    // traffic leaves an instance that cannot serve. Alive: the process answers at all; a broker
    // outage must not restart every pod.
    readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 5, failureThreshold: 2 },
    livenessProbe: { tcpSocket: { port: 'http' }, initialDelaySeconds: 20, periodSeconds: 10, failureThreshold: 6 },
    startupProbe: { tcpSocket: { port: 'http' }, periodSeconds: 2, failureThreshold: 90 },
    resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
    securityContext: restricted,
    volumeMounts: mounts,
  };
}

/** A service's migrations run before its new version's containers start (several at once are safe). */
function migrationOf(deployable: Deployable, settings: RenderSettings): IContainer[] {
  const service = serviceNames.find((name) => serviceDeployable(name) === deployable.name);
  if (!service) return [];
  const { env, image, securityContext, volumeMounts, resources } = containerOf(deployable, settings);
  return [{ name: 'migrate', image, args: ['services/host/src/migrate.ts', service], env, securityContext, volumeMounts, resources }];
}

export function workloadsOf(deployable: Deployable, settings: RenderSettings) {
  const labels = labelsOf(deployable);
  const selector = selectorOf(deployable);
  const metadata = { name: deployable.name, namespace: settings.namespace, labels };
  return [
    new Deployment({
      metadata,
      spec: {
        replicas: 2,
        selector: { matchLabels: selector },
        // One instance at a time, never fewer ready than asked for: upgrades while orders flow.
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, fsGroup: 10001 },
            initContainers: migrationOf(deployable, settings),
            containers: [containerOf(deployable, settings)],
            volumes: volumesOf(deployable).volumes,
            terminationGracePeriodSeconds: 30,
          },
        },
      },
    }),
    new Service({ metadata, spec: { selector, ports: [{ name: 'http', port: deployable.port, targetPort: 'http' }] } }),
    new HorizontalPodAutoscaler({
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployable.name },
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
    }),
    new PodDisruptionBudget({ metadata, spec: { minAvailable: 1, selector: { matchLabels: selector } } }),
  ];
}
