import { describe, expect, it } from 'vitest';
import { incompatibilities } from './hostRequirements';
import type { ReleaseDescriptor } from './descriptor';

const release: ReleaseDescriptor = {
  slice: 'catalog',
  version: '0.1.0+abc',
  contractVersion: 1,
  builtAt: '2026-11-23T08:00:00.000Z',
  sharedLibraries: { react: '19.2.1', 'react-router': '7.9.4' },
  files: [{ path: 'assets/remoteEntry.js', bytes: 10, integrity: 'sha384-AAAA' }],
};
const shell = { contractVersions: [1], sharedLibraries: { react: '^19.2.0', 'react-router': '^7.9.0' } };

describe('incompatibilities', () => {
  it('accepts a release on the contract and library majors the shell provides', () => {
    expect(incompatibilities(release, shell)).toEqual([]);
  });

  it('names a contract version the shell cannot host', () => {
    expect(incompatibilities({ ...release, contractVersion: 2 }, shell)).toEqual([
      'catalog 0.1.0+abc is built against slice contract version 2; the shell hosts 1',
    ]);
  });

  it('names a shared library on another major version, and one the release does not declare', () => {
    const problems = incompatibilities({ ...release, sharedLibraries: { react: '18.3.1' } }, shell);
    expect(problems).toEqual([
      'catalog 0.1.0+abc is built against react 18.3.1; the shell provides ^19.2.0',
      'catalog 0.1.0+abc does not say which react-router it was built against',
    ]);
  });

  it('refuses a release without a remote entry', () => {
    expect(incompatibilities({ ...release, files: [{ ...release.files[0]!, path: 'assets/other.js' }] }, shell)).toEqual([
      'catalog 0.1.0+abc has no assets/remoteEntry.js',
    ]);
  });
});
