import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressible = new Set(['.js', '.mjs', '.css', '.json', '.html', '.svg', '.map', '.txt']);

/**
 * How hard to compress: `smallest` for releases people download (compressed once when published and
 * served many times, as a CDN would), `quick` for development builds a developer's own browser loads
 * over loopback, where a second of brotli per save is the wait that matters.
 */
export type Compression = 'smallest' | 'quick';

const levels: Record<Compression, { brotli: number; gzip: number }> = {
  smallest: { brotli: constants.BROTLI_MAX_QUALITY, gzip: 9 },
  quick: { brotli: 1, gzip: 1 },
};

/** Writes file.br and file.gz beside a text file. */
export async function precompress(file: string, compression: Compression = 'smallest'): Promise<void> {
  if (!compressible.has(path.extname(file))) return;
  const content = await readFile(file);
  const level = levels[compression];
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: level.brotli } }),
    gzipAsync(content, { level: level.gzip }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}
