import type { ReleaseDescriptor } from '../descriptor';
import { incompatibilities, type HostRequirements } from '../hostRequirements';
import { ReleaseError } from '../store';
import { shellHostRequirements } from './shellHost';

/**
 * The one gate a release passes before it goes live, whether deployed or rolled back to: the shell
 * that is live must be able to host it. An older release is no safer than a new one: the shell may
 * have moved on since it was built.
 */
export async function assertShellHosts(release: ReleaseDescriptor, host?: HostRequirements): Promise<void> {
  const problems = incompatibilities(release, host ?? (await shellHostRequirements()));
  if (problems.length > 0) throw new ReleaseError(`refused: ${problems.join('; ')}`);
}
