export { startServices, type RunningServices, type ServiceInstances, type StartServicesOptions } from './host';
