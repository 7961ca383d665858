import type { CatalogContext } from '../context';
import { seedCatalogIfEmpty } from '../seed/seed-catalog';
import { republishAllMenus } from './menu-publication';

/**
 * Seeds an empty catalog; otherwise publishes every menu again, for replicas that may have lost
 * them. Either way the relay is woken so the menus go out now, not at its next poll.
 */
export async function publishMenusOnStart(context: CatalogContext): Promise<void> {
  const { db, logger } = context;
  const seeded = await seedCatalogIfEmpty(db);
  if (seeded > 0) {
    logger.info({ restaurants: seeded }, 'seeded an empty catalog');
  } else {
    const published = await db.transaction((tx) => republishAllMenus(tx));
    logger.info({ restaurants: published }, 'menus published again for replicas that may have lost them');
  }
  context.outboxWritten();
}
