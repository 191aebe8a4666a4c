import fs from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Minimal Chromium launcher for the reader-page test: Debian's /usr/bin/chromium (or
 * CHROMIUM_PATH), headless, no network services of its own.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A real Strapi listening on a free loopback port (the reader page is served from its public/)
 * and a Chromium page for it. `stop()` closes the browser, the listener and Strapi.
 */
export async function startReaderStack(
  env: Record<string, string> = {},
  viewport?: { width: number; height: number },
) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startStrapi } = require('./strapi') as typeof import('./strapi');
  const t = await startStrapi(env);
  await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(t.server.address() as import('node:net').AddressInfo).port}`;
  const browser = await launchChromium();
  const page = await browser.newPage(viewport ? { viewport } : undefined);
  return {
    t,
    base,
    browser,
    page,
    async stop() {
      await browser.close();
      if (t.server.listening) await new Promise((resolve) => t.server.close(resolve));
      await t.stop();
    },
  };
}
