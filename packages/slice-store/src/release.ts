import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sliceContractVersion, type SliceName } from '@tiffin/slice-contract';
import { sharedLibraries, sharedLibraryPackage } from '@tiffin/slice-kit/shared-libraries';
import { sourceStampFile } from '@tiffin/slice-kit/source-stamp';
import { descriptorFile, releaseDescriptor, type ReleaseDescriptor, type ReleaseFile } from './descriptor';

/** The npm packages behind the shared libraries, each once (react/jsx-runtime is react's). */
export const sharedPackages = [...new Set(sharedLibraries.map(sharedLibraryPackage))];

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat().sort();
}

async function describeFile(dir: string, relative: string): Promise<ReleaseFile> {
  const content = await readFile(path.join(dir, relative));
  return { path: relative, bytes: content.length, integrity: `sha384-${createHash('sha384').update(content).digest('base64')}` };
}

/** The versions a package folder resolves each shared library to, read from the installed package.json. */
export async function installedVersions(packageDir: string, packages: readonly string[]): Promise<Record<string, string>> {
  const require = createRequire(path.join(packageDir, 'package.json'));
  const versions: Record<string, string> = {};
  for (const name of packages) {
    const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    versions[name] = manifest.version;
  }
  return versions;
}

/** The source fingerprint the build stamped into its output, if it did. */
export async function sourceHashOf(distDir: string): Promise<{ sourceHash?: string }> {
  try {
    const stamp = JSON.parse(await readFile(path.join(distDir, sourceStampFile), 'utf8')) as { sourceHash?: unknown };
    return typeof stamp.sourceHash === 'string' ? { sourceHash: stamp.sourceHash } : {};
  } catch {
    return {};
  }
}

/**
 * Describes a built slice (its dist/) as a release. The version is the package version plus a hash of
 * every file, so two builds of one package.json version that differ are two releases, and the same
 * bytes published twice are recognised as one.
 */
export async function describeBuild(slice: SliceName, sliceDir: string, distDir: string): Promise<ReleaseDescriptor> {
  const packageVersion = (JSON.parse(await readFile(path.join(sliceDir, 'package.json'), 'utf8')) as { version: string }).version;
  // release.json and source.json describe the files; they are not among them (a re-described build would list its old one).
  const paths = (await filesUnder(distDir)).filter((file) => file !== descriptorFile && file !== sourceStampFile);
  const files = await Promise.all(paths.map((file) => describeFile(distDir, file)));
  const buildHash = createHash('sha256')
    .update(files.map((file) => `${file.path}\0${file.integrity}`).join('\n'))
    .digest('hex')
    .slice(0, 10);
  return releaseDescriptor.parse({
    slice,
    version: `${packageVersion}+${buildHash}`,
    contractVersion: sliceContractVersion,
    builtAt: new Date().toISOString(),
    sharedLibraries: await installedVersions(sliceDir, sharedPackages),
    ...(await sourceHashOf(distDir)),
    files,
  });
}
