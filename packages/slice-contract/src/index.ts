export * from './slice';
export * from './version';
