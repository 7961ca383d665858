import type { Broker } from '@tiffin/broker';
import { serviceUnderTest, testedBackends, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createAccountingService, type AccountingService } from '../app';
import { createSandboxCardNetwork, type SandboxCardNetwork } from '../card-network/sandbox-card-network';

export interface AccountingUnderTest extends ServiceUnderTest<AccountingService, Broker> {
  /** The service's card network, to read what it moved. */
  network: SandboxCardNetwork;
}

export interface AccountingBackend {
  name: string;
  start(): Promise<AccountingUnderTest>;
}

/** The real accounting service on its own database and broker, not started yet: embedded unless told. */
export async function accountingUnderTest(backend: 'embedded' | 'external' = 'embedded'): Promise<AccountingUnderTest> {
  const network = createSandboxCardNetwork();
  const create = (options: Parameters<typeof createAccountingService>[0]) => createAccountingService({ ...options, cardNetwork: network });
  const underTest =
    backend === 'embedded'
      ? await serviceUnderTest('accounting', create)
      : await serviceUnderTest('accounting', create, { database: 'postgres', broker: 'rabbitmq' });
  return { ...underTest, network };
}

/** PGlite and the in-process broker; PostgreSQL and RabbitMQ too unless only the embedded back end is tested. */
export const accountingBackends = testedBackends<AccountingBackend>(
  { name: 'PGlite, in-process broker', start: () => accountingUnderTest('embedded') },
  { name: 'PostgreSQL, RabbitMQ', start: () => accountingUnderTest('external') },
);
