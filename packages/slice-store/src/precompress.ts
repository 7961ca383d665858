import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressible = new Set(['.js', '.mjs', '.css', '.json', '.html', '.svg', '.map', '.txt']);

/**
 * Writes file.br and file.gz beside a text file, at the highest levels: a release is compressed once
 * when published and served many times, as a CDN would serve it.
 */
export async function precompress(file: string): Promise<void> {
  if (!compressible.has(path.extname(file))) return;
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    gzipAsync(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}
