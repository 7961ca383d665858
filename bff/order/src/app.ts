import { createHttpApp, createLogger, createServiceClient, type HttpApp, type Logger } from '@tiffin/http-kit';
import { serviceUrl } from '@tiffin/topology';
import { getOrder } from './routes/get-order';
import { listOrders } from './routes/list-orders';
import { placeOrder } from './routes/place-order';

export interface OrderBffOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** How long to wait for the order service per attempt. */
  serviceTimeoutMs?: number;
}

/** The order slice's backend: placing orders and following the customer's own orders. */
export function buildApp(options: OrderBffOptions = {}): HttpApp {
  const logger = options.logger ?? createLogger('order-bff', options.env);
  const app = createHttpApp({ name: 'order-bff', logger });
  const orders = createServiceClient({
    name: 'order',
    baseUrl: serviceUrl('order', options.env),
    logger,
    ...(options.serviceTimeoutMs ? { timeoutMs: options.serviceTimeoutMs } : {}),
  });
  placeOrder(app, orders);
  getOrder(app, orders);
  listOrders(app, orders);
  return app;
}
