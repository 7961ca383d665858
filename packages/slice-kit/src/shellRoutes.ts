import type { SliceName } from '@tiffin/contracts';
// By path, not package name: the topology package's entry also reads the server environment and
// cannot be bundled for the browser; this file is plain data.
import { topology } from '../../topology/src/topology';

/** Where each section lives in the shell, e.g. `shellRoutes.order` is "/orders": links across slices. */
export const shellRoutes: { readonly [Name in SliceName]: (typeof topology.slices)[Name]['route'] } = {
  catalog: topology.slices.catalog.route,
  order: topology.slices.order.route,
  delivery: topology.slices.delivery.route,
};
