export * from './topology';
export * from './config';
