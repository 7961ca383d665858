import type { PlaywrightTestConfig } from '@playwright/test';
import { topology } from '@tiffin/topology';

/** What every journey's browser is: Debian's Chromium (CI never downloads a browser) on the shell's URL. */
export const journeyUse: PlaywrightTestConfig['use'] = {
  baseURL: `http://localhost:${topology.edge.port}`,
  trace: 'retain-on-failure',
  screenshot: 'only-on-failure',
  launchOptions: {
    executablePath: process.env.TIFFIN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  },
};
