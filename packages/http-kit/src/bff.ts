import { serviceUrl, type ServiceName } from '@tiffin/topology';
import { createHttpApp, type HttpApp } from './app';
import { createLogger, type Logger } from './logger';
import { createServiceClient, type ServiceClient } from './service-client';

/** What every BFF's buildApp takes. */
export interface BffOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** How long to wait for the BFF's service per attempt. */
  serviceTimeoutMs?: number;
}

/** What is particular to one BFF. */
export interface BffDefinition {
  /** Labels the logs and GET /health, e.g. "catalog-bff". */
  name: string;
  /** The service it calls, found through the topology (TIFFIN_<NAME>_SERVICE_URL overrides). */
  service: ServiceName;
  /** Other services whose data its routes compose (e.g. the customer's cards at checkout). */
  alsoCalls?: readonly ServiceName[];
  /** Each registers its route, calling the service through the client it is given (the others by name). */
  routes: readonly ((app: HttpApp, service: ServiceClient, others: OtherServices) => void)[];
}

/** Clients of the services a BFF names in `alsoCalls`; asking for another one is a programming error. */
export interface OtherServices {
  client(service: ServiceName): ServiceClient;
}

/** A BFF's buildApp: a Tiffin HTTP app whose routes share one client of the BFF's service. */
export function defineBff(definition: BffDefinition): (options?: BffOptions) => HttpApp {
  const { name, service } = definition;
  return (options = {}) => {
    const logger = options.logger ?? createLogger(name, options.env);
    // Every route answers with what the service client already checked against the contract.
    const app = createHttpApp({ name, logger, trustedResponses: true });
    const clientOf = (name: ServiceName) =>
      createServiceClient({
        name,
        baseUrl: serviceUrl(name, options.env),
        logger,
        ...(options.serviceTimeoutMs ? { timeoutMs: options.serviceTimeoutMs } : {}),
      });
    const client = clientOf(service);
    const otherClients = new Map((definition.alsoCalls ?? []).map((name) => [name, clientOf(name)]));
    const others: OtherServices = {
      client(name) {
        const found = otherClients.get(name);
        if (!found) throw new Error(`${definition.name} does not call the ${name} service: add it to alsoCalls`);
        return found;
      },
    };
    for (const route of definition.routes) route(app, client, others);
    return app;
  };
}
