import type { SliceName } from '@tiffin/slice-contract';
// By path, not package name: the topology package's entry also reads the server environment and
// cannot be bundled for the browser; this file is plain data.
import { sliceNames, topology } from '../../topology/src/topology';

/** Where each section lives in the shell, e.g. `shellRoutes.order` is "/orders": links across slices. */
export const shellRoutes = Object.fromEntries(sliceNames.map((name) => [name, topology.slices[name].route])) as {
  readonly [Name in SliceName]: (typeof topology.slices)[Name]['route'];
};
