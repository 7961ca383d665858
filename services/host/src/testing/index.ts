export { startBackend } from './backend-for-bff';
