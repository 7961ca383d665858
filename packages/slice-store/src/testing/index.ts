export { fakeArtifact, fakeBuild } from '../testRelease';
export { useLiveShell } from './liveShell';
