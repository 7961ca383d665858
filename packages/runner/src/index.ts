export { launchTiffin, LaunchAborted, type LaunchOptions, type RunningTiffin } from './launch';
export { StartupError } from './wait';
export { buildAll, assertBuilt, type BuildTarget } from './build';
export { buildTargets, startStages, portsToClaim } from './plan';
export { planSliceReleases, type SliceRelease } from './slice-releases';
export type { Crash } from './fleet';
