import { createEmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { serviceNames, type ServiceName } from '@tiffin/topology';
import { loadServiceFactory } from './service-factories';

/**
 * `node --import tsx services/host/src/migrate.ts <service>`: migrates one service's database and
 * exits, as a deployment's init container or migration job does before the new version starts (the
 * service itself migrates on start too, so running this is never required on one machine). Several
 * at once are safe: migrations run under a PostgreSQL advisory lock.
 */
const name = process.argv[2] as ServiceName | undefined;
if (!name || !serviceNames.includes(name)) {
  console.error(`usage: migrate.ts <service>  (one of ${serviceNames.join(', ')})`);
  process.exit(2);
}
const logger = createLogger(`${name}-migrate`);
const create = await loadServiceFactory(name);
// Nothing is published or consumed: the broker is only what the service's constructor asks for.
const broker = createEmbeddedBroker({ logger });
await create({ broker, logger }).migrate();
await broker.close();
logger.info(`${name} database is up to date`);
