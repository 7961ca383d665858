import { NetworkPolicy, type INetworkPolicyEgressRule, type INetworkPolicyIngressRule } from 'kubernetes-models/networking.k8s.io/v1';
import type { Deployable } from './deployables';
import { platform, type RenderSettings } from './settings';

const pods = (name: string) => ({ podSelector: { matchLabels: { 'app.kubernetes.io/name': name } } });
const ingressController = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': platform.ingressNamespace } } };
const dns: INetworkPolicyEgressRule = {
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

/** Nothing reaches a pod of the namespace, and no pod reaches out, unless a policy below allows it. */
export function defaultDeny(settings: RenderSettings): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: 'default-deny', namespace: settings.namespace },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  });
}

/**
 * What one deployable may receive and send: from its callers and to its callees in the topology's
 * call graph (`calls`), each on its port; the ingress controller for the public ones; RabbitMQ and
 * PostgreSQL for the services; DNS for all. An edge the topology does not have is not opened.
 */
export function networkPolicyOf(deployable: Deployable, all: readonly Deployable[], settings: RenderSettings): NetworkPolicy {
  const callers = all.filter((other) => other.calls.includes(deployable.name));
  const ingress: INetworkPolicyIngressRule[] = [];
  if (callers.length > 0) ingress.push({ from: callers.map((caller) => pods(caller.name)), ports: [{ protocol: 'TCP', port: deployable.port }] });
  if (deployable.public) ingress.push({ from: [ingressController], ports: [{ protocol: 'TCP', port: deployable.port }] });
  const egress: INetworkPolicyEgressRule[] = [
    dns,
    ...deployable.calls.map((callee): INetworkPolicyEgressRule => {
      const target = all.find((other) => other.name === callee);
      if (!target) throw new Error(`${deployable.name} calls ${callee}, which is not a deployable`);
      return { to: [pods(callee)], ports: [{ protocol: 'TCP', port: target.port }] };
    }),
  ];
  if (deployable.stateful) {
    egress.push(
      { to: [pods(platform.rabbitmq)], ports: [{ protocol: 'TCP', port: 5672 }] },
      { to: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': platform.postgres } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
    );
  }
  return new NetworkPolicy({
    metadata: { name: deployable.name, namespace: settings.namespace },
    spec: { podSelector: { matchLabels: { 'app.kubernetes.io/name': deployable.name } }, policyTypes: ['Ingress', 'Egress'], ingress, egress },
  });
}
