import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';

/** Readers see the old content or the new, never a half-written file: rename replaces in one step. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
