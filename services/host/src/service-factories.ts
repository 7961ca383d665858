import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Service, ServiceOptions } from '@tiffin/service-kit';
import { repoRoot, workspaceOf, type ServiceName } from '@tiffin/topology';

/** What every service's create function makes, whatever the service's own schema. */
export type AnyService = Service<Record<string, unknown>>;
export type ServiceFactory = (options: ServiceOptions) => AnyService;
export type ServiceInstances = Record<ServiceName, AnyService>;

/** `order-history` → `createOrderHistoryService`: what every service package exports its create function as. */
export function factoryExportOf(name: ServiceName): string {
  const words = name.split('-').map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`);
  return `create${words.join('')}Service`;
}

/**
 * A service package's entry, found as Node finds the package by its name from inside its own folder
 * (the folder the topology's rule gives it), so that the host needs no dependency on each service.
 */
function serviceEntry(name: ServiceName): string {
  const { dir, packageName } = workspaceOf.service(name);
  return createRequire(path.join(repoRoot, dir, 'package.json')).resolve(packageName);
}

/**
 * A service's create function, imported from its package by the topology's name for it: the host
 * names no service itself, so a service added to the topology (and its folder) is one the host runs.
 */
export async function loadServiceFactory(name: ServiceName): Promise<ServiceFactory> {
  const { packageName } = workspaceOf.service(name);
  const exported = ((await import(/* @vite-ignore */ pathToFileURL(serviceEntry(name)).href)) as Record<string, unknown>)[factoryExportOf(name)];
  if (typeof exported !== 'function') {
    throw new Error(`${packageName} exports no ${factoryExportOf(name)}: the host creates every service of the topology through it`);
  }
  return exported as ServiceFactory;
}
