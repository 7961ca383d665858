export { buildApp, type OpsBffOptions } from './app';
