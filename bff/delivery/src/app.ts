import { createHttpApp, createLogger, createServiceClient, type HttpApp, type Logger } from '@tiffin/http-kit';
import { serviceUrl } from '@tiffin/topology';
import { getDelivery } from './routes/get-delivery';
import { listDeliveries } from './routes/list-deliveries';

export interface DeliveryBffOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** How long to wait for the delivery service per attempt. */
  serviceTimeoutMs?: number;
}

/** The delivery slice's backend: where the customer's food is. */
export function buildApp(options: DeliveryBffOptions = {}): HttpApp {
  const logger = options.logger ?? createLogger('delivery-bff', options.env);
  const app = createHttpApp({ name: 'delivery-bff', logger });
  const deliveries = createServiceClient({
    name: 'delivery',
    baseUrl: serviceUrl('delivery', options.env),
    logger,
    ...(options.serviceTimeoutMs ? { timeoutMs: options.serviceTimeoutMs } : {}),
  });
  listDeliveries(app, deliveries);
  getDelivery(app, deliveries);
  return app;
}
