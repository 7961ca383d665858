import { describe, expect, it } from 'vitest';
import { topology } from '@tiffin/topology';
import { defineBff } from './bff';
import { testIdentitySecret } from './testing';

describe('a BFF defined by its name in the topology', () => {
  it('hands its routes a client of its own service (listed first) and of each other service listed', async () => {
    const [own, ...others] = topology.bffs.delivery.calls;
    const sameAsOwn: boolean[] = [];
    const app = defineBff({
      name: 'delivery',
      routes: [
        (_app, ownClient, services) => {
          sameAsOwn.push(services.of(own) === ownClient, ...others.map((called) => services.of(called) === ownClient));
        },
      ],
    })({ identitySecret: testIdentitySecret, env: {} });
    await app.ready();
    expect(sameAsOwn).toEqual([true, ...others.map(() => false)]);
    await app.close();
  });

  it('refuses a service its topology entry does not list, naming the BFF, the service and where to add it', async () => {
    const app = defineBff({ name: 'catalog', routes: [(_app, _own, services) => void services.of('order')] })({
      identitySecret: testIdentitySecret,
      env: {},
    });
    await expect(app.ready()).rejects.toThrow('catalog-bff does not call the order service: add it to topology.bffs.catalog.calls');
  });
});
