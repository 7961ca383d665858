export { createIdentityService, type IdentityService, type IdentityServiceOptions } from './app';
export { identitySchema, accounts, sessions } from './db/schema';
