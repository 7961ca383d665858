import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from '@tiffin/topology';

/**
 * A key made once in the data directory, so every process of one installation on this machine
 * agrees on it without configuration (a deployment sets the variable instead).
 */
export function installationKey(env: NodeJS.ProcessEnv, fileName: string): string {
  const file = path.join(loadEnv(env).TIFFIN_DATA_DIR, fileName);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx': when two processes start at once, one writes and the other reads what it wrote.
      writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
