import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { journeyUse } from './journeyUse';
import { repoRoot, topology } from '@tiffin/topology';
import { deliveryRelayPort } from './tests/support/deliveryRelay';
import { guestStorageState } from './tests/support/signIn';

const shellUrl = `http://localhost:${topology.edge.port}`;

// Each run starts from empty databases so the journey sees the seed data, not the last run's orders.
// Playwright evaluates this file in every worker too; only the main process starts the web server.
const dataDir = process.env.TIFFIN_E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'tiffin-e2e-'));
process.env.TIFFIN_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: './tests',
  // The whole stack shares two cores with the browser: one journey at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: journeyUse,
  projects: [
    { name: 'sign-in', testMatch: /guest\.setup\.ts/ },
    // Signed in as the guest customer; a spec signs in as someone else (or no one) where it says so.
    { name: 'journeys', dependencies: ['sign-in'], use: { storageState: guestStorageState } },
  ],
  webServer: [
    {
      // The BFFs reach the delivery service through a relay of its own process, so that a journey can
      // stop the delivery service answering for real while the other services (one process) run on.
      command: `node --import tsx tests/support/tcpRelay.ts ${deliveryRelayPort} ${topology.services.delivery.port}`,
      port: deliveryRelayPort,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The same command a user runs: production builds, every slice on its own origin.
      command: 'pnpm start',
      cwd: repoRoot,
      url: `${shellUrl}/manifest.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
      env: { TIFFIN_DATA_DIR: dataDir, TIFFIN_DELIVERY_SERVICE_URL: `http://127.0.0.1:${deliveryRelayPort}` },
    },
  ],
});
