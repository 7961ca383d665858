export * from './slice';
export * from './version';
export * from './live-releases';
