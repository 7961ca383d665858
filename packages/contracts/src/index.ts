export * from './common';
export * from './catalog';
export * from './order';
export * from './delivery';
export * from './messages';
export * from './slice';
export * from './money';
export * from './consumers';
