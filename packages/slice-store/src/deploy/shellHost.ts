import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '@tiffin/topology';
import type { HostRequirements } from '../hostRequirements';

/** host.json, which every build of the shell writes beside its index.html (see shell/vite.config.ts). */
const hostDescriptor = z.object({
  contractVersions: z.array(z.number().int()).min(1),
  sharedLibraries: z.record(z.string(), z.string()),
});

/**
 * What the live shell can host, from the host.json it serves: the shell at TIFFIN_SHELL_URL when
 * set (a deployed environment), else the build in shell/dist that the local edge serves. The gate
 * follows the shell that is running, not whatever source is checked out.
 */
export async function shellHostRequirements(env: NodeJS.ProcessEnv = process.env): Promise<HostRequirements> {
  const shellUrl = env.TIFFIN_SHELL_URL;
  const where = shellUrl ? `${shellUrl.replace(/\/$/, '')}/host.json` : path.join(repoRoot, 'shell', 'dist', 'host.json');
  let text: string;
  try {
    text = shellUrl ? await (await fetch(where, { signal: AbortSignal.timeout(5_000) })).text() : await readFile(where, 'utf8');
  } catch (error) {
    throw new Error(`cannot tell what the live shell hosts: ${where} could not be read (is the shell built and deployed?)`, {
      cause: error,
    });
  }
  const parsed = hostDescriptor.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${where} is not a shell host descriptor: ${parsed.error.message}`);
  return parsed.data;
}
