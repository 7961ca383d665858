import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hostedSliceContractVersions } from '@tiffin/contracts';
import { repoRoot } from '@tiffin/topology';
import type { HostRequirements } from '../hostRequirements';
import { sharedPackages } from '../release';

/**
 * What the shell hosts: the contract versions its source speaks and, for each shared library, the
 * range its package.json declares (the one declaration of the versions slices get at run time).
 */
export async function shellHostRequirements(): Promise<HostRequirements> {
  const shellPackage = JSON.parse(await readFile(path.join(repoRoot, 'shell', 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const sharedLibraries: Record<string, string> = {};
  for (const name of sharedPackages) {
    const range = shellPackage.dependencies[name];
    if (range === undefined) throw new Error(`shell/package.json does not declare the shared library ${name}`);
    sharedLibraries[name] = range;
  }
  return { contractVersions: hostedSliceContractVersions, sharedLibraries };
}
