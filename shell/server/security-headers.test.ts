import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdge } from './edge-app';
import { sliceNames, sliceUrlVar, topology } from '@tiffin/topology';
import { sliceOriginAllowList } from './slice-origins';

let distDir: string;
let edge: FastifyInstance;
/** The same edge as deployed: opened over https, the slices on a CDN. */
let deployedEdge: FastifyInstance;
/** Each slice on a CDN origin of its own; one under a path, one on a port of its own (the policy keeps only origins). */
const cdnOrigin = (name: string) => (name === 'delivery' ? 'https://delivery.cdn.tiffin.example:8443' : `https://${name}.cdn.tiffin.example`);
const cdn = Object.fromEntries(sliceNames.map((name) => [sliceUrlVar(name), name === 'order' ? `${cdnOrigin(name)}/releases` : cdnOrigin(name)]));

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-security-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
  await writeFile(path.join(distDir, 'assets', 'index-Ab12Cd.js'), 'console.log("shell")');
  edge = await buildEdge({
    logger: pino({ level: 'silent' }),
    distDir,
    env: { TIFFIN_SLICE_ORIGINS: 'https://cdn.tiffin.example, http://localhost:*' },
  });
  deployedEdge = await buildEdge({ logger: pino({ level: 'silent' }), distDir, env: { TIFFIN_PUBLIC_ORIGIN: 'https://tiffin.example.com', ...cdn } });
});

afterAll(async () => {
  await edge.close();
  await deployedEdge.close();
  await rm(distDir, { recursive: true, force: true });
});

function directives(policy: string | undefined): Record<string, string[]> {
  return Object.fromEntries((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('edge: security headers on the shell page', () => {
  it.each(['/', '/orders/5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10'])('%s may run code only from itself and the allowed slice origins', async (url) => {
    const response = await edge.inject({ url });
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const policy = directives(response.headers['content-security-policy'] as string);
    expect(policy['script-src']).toEqual(["'self'", 'https://cdn.tiffin.example', 'http://localhost:*']);
    expect(policy['connect-src']).toEqual(["'self'", 'https://cdn.tiffin.example', 'http://localhost:*']);
    expect(policy['style-src']).toEqual(["'self'", 'https://cdn.tiffin.example', 'http://localhost:*']);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('marks scripts and data nosniff too, without a page policy', async () => {
    for (const url of ['/assets/index-Ab12Cd.js', '/manifest.json', '/health']) {
      const response = await edge.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['content-security-policy'], url).toBeUndefined();
    }
  });

  it('sends no HSTS over plain http, so a developer’s localhost is never pinned to https', async () => {
    const response = await edge.inject({ url: '/' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('tells the shell the same allow-list, uncached', async () => {
    const response = await edge.inject({ url: '/slice-origins.json' });
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toEqual({ origins: ['https://cdn.tiffin.example', 'http://localhost:*'] });
  });
});

describe('edge: security headers in a deployment (https TIFFIN_PUBLIC_ORIGIN)', () => {
  it('names the slice origins exactly in the page’s policy: no port of localhost, no wildcard', async () => {
    const response = await deployedEdge.inject({ url: '/' });
    const policy = directives(response.headers['content-security-policy'] as string);
    const exactly = ["'self'", ...sliceNames.map(cdnOrigin)];
    for (const directive of ['script-src', 'style-src', 'connect-src', 'font-src']) expect(policy[directive], directive).toEqual(exactly);
    expect(response.headers['content-security-policy']).not.toMatch(/\*|localhost|127\.0\.0\.1/);
    expect((await deployedEdge.inject({ url: '/slice-origins.json' })).json()).toEqual({ origins: exactly.slice(1) });
  });

  it('sends HSTS and the referrer policy on every answer, the permissions policy on pages', async () => {
    const page = await deployedEdge.inject({ url: '/orders' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['permissions-policy']).toMatch(/^accelerometer=\(\), camera=\(\), geolocation=\(self\)/);
    for (const url of ['/health', '/manifest.json', '/assets/index-Ab12Cd.js']) {
      const response = await deployedEdge.inject({ url });
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });

  it('defaults to the slices’ own origins, and stops start-up on an any-port pattern', () => {
    expect(sliceOriginAllowList({ TIFFIN_PUBLIC_HOST: 'tiffin.lan' }, { deployed: true })).toEqual(
      sliceNames.map((name) => `http://tiffin.lan:${topology.slices[name].port}`),
    );
    expect(() => sliceOriginAllowList({ TIFFIN_SLICE_ORIGINS: 'https://cdn.tiffin.example http://localhost:*' }, { deployed: true })).toThrow(
      /TIFFIN_SLICE_ORIGINS: "http:\/\/localhost:\*" allows any port; behind https \(TIFFIN_PUBLIC_ORIGIN\) name each slice origin exactly/,
    );
  });
});

describe('sliceOriginAllowList', () => {
  it('defaults to this machine and the public host, any port', () => {
    expect(sliceOriginAllowList({ TIFFIN_PUBLIC_HOST: 'tiffin.lan' })).toEqual([
      'http://localhost:*',
      'http://127.0.0.1:*',
      'https://localhost:*',
      'https://127.0.0.1:*',
      'http://tiffin.lan:*',
    ]);
  });

  it('stops start-up on an entry that is not an origin, naming the variable', () => {
    expect(() => sliceOriginAllowList({ TIFFIN_SLICE_ORIGINS: "https://cdn.tiffin.example 'unsafe-inline'" })).toThrow(
      /TIFFIN_SLICE_ORIGINS: "'unsafe-inline'" is not an origin pattern/,
    );
    expect(() => sliceOriginAllowList({ TIFFIN_SLICE_ORIGINS: ' , ' })).toThrow('TIFFIN_SLICE_ORIGINS lists no origin');
  });
});
