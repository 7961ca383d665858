import type { ReleaseDescriptor } from './descriptor';
import { remoteEntryPath } from './descriptor';

/** What the live shell can host: the contract versions it speaks and the shared libraries it provides. */
export interface HostRequirements {
  contractVersions: readonly number[];
  /** Library → the shell's declared range, e.g. "react" → "^19.2.0". */
  sharedLibraries: Readonly<Record<string, string>>;
}

function majorOf(version: string): string | undefined {
  return /(\d+)\./.exec(version)?.[1];
}

/**
 * Why a release cannot go live in this shell; empty when it can. Shared libraries must match the
 * shell's major version: the slice runs on the shell's instance, and a major release of React or the
 * router changes what a slice's code may call.
 */
export function incompatibilities(release: ReleaseDescriptor, host: HostRequirements): string[] {
  const problems: string[] = [];
  if (!host.contractVersions.includes(release.contractVersion)) {
    problems.push(
      `${release.slice} ${release.version} is built against slice contract version ${release.contractVersion}; the shell hosts ${host.contractVersions.join(', ')}`,
    );
  }
  for (const [library, required] of Object.entries(host.sharedLibraries)) {
    const built = release.sharedLibraries[library];
    if (built === undefined) {
      problems.push(`${release.slice} ${release.version} does not say which ${library} it was built against`);
    } else if (majorOf(built) !== majorOf(required)) {
      problems.push(`${release.slice} ${release.version} is built against ${library} ${built}; the shell provides ${required}`);
    }
  }
  if (!release.files.some((file) => file.path === remoteEntryPath)) {
    problems.push(`${release.slice} ${release.version} has no ${remoteEntryPath}`);
  }
  return problems;
}
