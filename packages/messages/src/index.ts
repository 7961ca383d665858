export * from './messages';
export * from './consumers';
export * from './event-logs';
