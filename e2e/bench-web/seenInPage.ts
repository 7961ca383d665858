import { chromium, type Browser, type Page } from '@playwright/test';

/** Debian's Chromium, as the journeys run it: no browser is ever downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.TIFFIN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * Resolves with the page's clock at the first change of the page after which `condition` (a
 * JavaScript expression, evaluated in the page) holds: what a person would see, timed where they see
 * it, not polled from outside. Sent as source text: tsx names functions with a helper the page lacks.
 */
export function seenInPage(page: Page, condition: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (!(${condition})) return;
      observer.disconnect();
      resolve(Date.now());
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    check();
  })`);
}
