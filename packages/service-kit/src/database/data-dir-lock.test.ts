import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileOf } from './data-dir-lock';

describe('lockDataDir', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tiffin-lock-')), 'catalog');
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('refuses a directory another running process holds, naming the directory and the process', () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      fs.writeFileSync(lockFileOf(dataDir), String(other.pid));
      expect(() => lockDataDir(dataDir)).toThrow(`database directory ${dataDir} is in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has died', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(lockFileOf(dataDir), String(gone));
    const lock = lockDataDir(dataDir);
    expect(fs.readFileSync(lockFileOf(dataDir), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('can be taken again once released', () => {
    lockDataDir(dataDir).release();
    const lock = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow('in use by this process');
    lock.release();
  });
});
