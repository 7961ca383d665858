export * from './descriptor';
export * from './store';
export * from './directoryStore';
export * from './hostRequirements';
export * from './release';
export * from './storeLocation';
export * from './sliceCdn';
export * from './liveManifest';
export { writeFileAtomically } from './atomicWrite';
