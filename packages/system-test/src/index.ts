export { startBackend } from './backend';
export { orderLifecycleEvents } from './order-lifecycle-events';
export { liveBffUnderTest } from './live-bff';
