import { testedBackends } from '@tiffin/service-kit/testing';
import { publishMenu, startedOrderWithMenu, type PublishedMenu } from './menus';
import { orderOnPostgres } from './order-on-postgres';
import type { OrderUnderTest } from './order-under-test';

export interface OrderBackend {
  name: string;
  /** The order service started on this back end, its replica holding `menu`. */
  start: (menu: PublishedMenu) => Promise<OrderUnderTest>;
}

/** The order service on PGlite, and on PostgreSQL unless only the embedded back ends are tested. */
export const orderBackends = testedBackends<OrderBackend>(
  { name: 'PGlite', start: startedOrderWithMenu },
  {
    name: 'PostgreSQL',
    async start(menu) {
      const order = await orderOnPostgres();
      await order.service.start();
      await publishMenu(order, menu);
      return order;
    },
  },
);
