import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { seedDemoAccounts } from './accounts/seed-demo-accounts';
import { identitySchema, type IdentitySchema } from './db/schema';
import { currentSessionRoutes } from './routes/current-session';
import { postSessionRoute } from './routes/post-session';
import { sessionsStillOpenRoute } from './routes/sessions-still-open';
import { pruneSessionsPeriodically } from './sessions/session-pruning';
import { pruneExpiredSessions } from './sessions/session-store';

export type IdentityServiceOptions = ServiceOptions;
/** start() also adds the demo accounts if they are missing. */
export type IdentityService = Service<IdentitySchema>;

/**
 * Accounts and sessions; the edge alone calls it. It sends and receives no messages: nothing else
 * needs to hear of a sign-in, and the ids an account carries are the owners' fixed ids.
 */
export const createIdentityService: (options: IdentityServiceOptions) => IdentityService = defineService({
  name: 'identity',
  schema: identitySchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [postSessionRoute, currentSessionRoutes, sessionsStillOpenRoute],
  subscriptions: [],
  afterStart: async (context) => {
    const added = await seedDemoAccounts(context.db);
    if (added > 0) context.logger.info({ accounts: added }, 'seeded the demo accounts');
    await pruneExpiredSessions(context.db);
  },
  background: [pruneSessionsPeriodically],
});
