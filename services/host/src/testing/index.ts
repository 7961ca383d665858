export { startBackend } from './backend-for-bff';
export { orderLifecycleEvents } from './order-lifecycle-events';
