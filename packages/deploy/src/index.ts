export { renderDeployment } from './render';
export { deployables, callGraph, type Deployable } from './deployables';
export { defaultSettings, type RenderSettings } from './settings';
