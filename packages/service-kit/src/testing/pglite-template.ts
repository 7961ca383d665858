import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A TIFFIN_DATA_DIR whose `services` start from copies of an empty, initialised PGlite cluster:
 * initialising one takes seconds, copying it a fraction of that.
 */
export async function freshDataDir(services: readonly string[]): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const template = await emptyClusterTemplate();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiffin-test-'));
  for (const service of services) await fs.cp(template, path.join(dataDir, service), { recursive: true });
  return { dataDir, remove: () => fs.rm(dataDir, { recursive: true, force: true }) };
}

/** Kept in the temp directory across runs, one per PGlite build (its resolved path names the version). */
async function emptyClusterTemplate(): Promise<string> {
  const build = createHash('sha256').update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const template = path.join(os.tmpdir(), `tiffin-pglite-template-${build.digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(template, 'PG_VERSION'))) return template;
  const draft = await fs.mkdtemp(`${template}-draft-`);
  await (await PGlite.create(draft)).close();
  // Test files run in parallel: whichever renames first provides the template, the others drop theirs.
  await fs.rename(draft, template).catch(() => fs.rm(draft, { recursive: true, force: true }));
  return template;
}
