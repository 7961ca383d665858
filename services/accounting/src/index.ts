export { createAccountingService, type AccountingService, type AccountingServiceOptions } from './app';
export { accountingSchema, authorizations } from './db/schema';
