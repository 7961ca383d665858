export { startBackend } from './backend-for-bff';
export { orderLifecycleEvents } from './order-lifecycle-events';
export { liveBffUnderTest } from './live-bff';
