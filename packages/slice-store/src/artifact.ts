import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { descriptorFile, releaseDescriptor, type ReleaseDescriptor } from './descriptor';
import { ReleaseError } from './store';

/**
 * Reads a built artifact (a dist/ with its release.json) and checks that every file it lists is there
 * with the bytes its integrity hash names: what goes live is exactly what was built.
 */
export async function readArtifact(dir: string): Promise<ReleaseDescriptor> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dir, descriptorFile), 'utf8'));
  } catch (cause) {
    throw new ReleaseError(`${dir} is not a slice artifact: no readable ${descriptorFile}`, { cause });
  }
  const parsed = releaseDescriptor.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'descriptor'}: ${issue.message}`);
    throw new ReleaseError(`${path.join(dir, descriptorFile)} is invalid (${issues.join('; ')})`);
  }
  for (const file of parsed.data.files) {
    let content: Buffer;
    try {
      content = await readFile(path.join(dir, file.path));
    } catch {
      throw new ReleaseError(`the artifact lists ${file.path}, which is missing from ${dir}`);
    }
    const integrity = `sha384-${createHash('sha384').update(content).digest('base64')}`;
    if (integrity !== file.integrity) throw new ReleaseError(`${file.path} in ${dir} does not match its integrity hash`);
  }
  return parsed.data;
}
