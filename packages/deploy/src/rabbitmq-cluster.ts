import { z } from 'zod';

/**
 * The RabbitMQ Cluster Operator's RabbitmqCluster (rabbitmq.com/v1beta1), as far as Tiffin sets it:
 * no published models exist for it, so the fields used are checked here against the operator's CRD.
 */
const quantity = z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti)?$/, 'must be a Kubernetes quantity');
export const rabbitmqCluster = z.strictObject({
  apiVersion: z.literal('rabbitmq.com/v1beta1'),
  kind: z.literal('RabbitmqCluster'),
  metadata: z.strictObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/), namespace: z.string() }),
  spec: z.strictObject({
    replicas: z.number().int().positive(),
    resources: z.strictObject({
      requests: z.strictObject({ cpu: quantity, memory: quantity }),
      limits: z.strictObject({ memory: quantity }),
    }),
    persistence: z.strictObject({ storage: quantity }),
    rabbitmq: z.strictObject({ additionalConfig: z.string() }),
  }),
});
export type RabbitmqCluster = z.infer<typeof rabbitmqCluster>;
