import type { Db, ServiceContext } from '@tiffin/service-kit';
import type { IdentitySchema } from './db/schema';

export type IdentityDb = Db<IdentitySchema>;

/** What routes and background work share. The database exists only once the service has started. */
export type IdentityContext = ServiceContext<IdentitySchema>;
