import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { getOverview } from './routes/get-overview';

export type OpsBffOptions = BffOptions;

/** The ops slice's backend: what its service answers, shaped for the browser. */
export const buildApp: (options?: OpsBffOptions) => HttpApp = defineBff({
  name: 'ops',
  routes: [getOverview],
});
