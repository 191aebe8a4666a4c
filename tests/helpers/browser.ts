/**
 * Browser-test harness: a real Strapi serving the built admin panel on a free loopback port,
 * Debian's Chromium driven by playwright-core, and a login helper for admin users.
 *
 *   const b = await startBrowserStrapi();          // Strapi + admin on http://127.0.0.1:<port>
 *   const mod = await createAdminSession(b.strapi, b.server, 'Moderator');
 *   const page = await b.newPage();                // fresh context (own cookies and storage)
 *   await loginAs(page, b.url, mod);               // through the real login form
 *   await page.screenshot({ path: screenshotPath('queue') });
 *   await b.stop();
 *
 * The admin panel is built once (`strapi build` into dist/build, about 40 s) and reused while
 * its inputs are unchanged: a hash of the plugin's admin sources, the shared folder, src/admin,
 * config/admin.ts and the lock file is kept in dist/build/.editorial-admin-hash.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { appDir, distDir } from './env';
import { startStrapi, type TestStrapi } from './strapi';
import type { AdminSession } from './auth';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
export const VIEWPORT = { width: 1366, height: 768 };
/** Screenshots of every plugin page, written by the browser tests (linked from the README). */
export const screenshotDir = path.join(appDir, 'tests', 'screenshots');
const buildDir = path.join(distDir, 'build');
const hashFile = path.join(buildDir, '.editorial-admin-hash');

/** Full path of a screenshot (the folder is created): tests/screenshots/<name>.png */
export function screenshotPath(name: string): string {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${name}.png`);
}

/**
 * Screenshot of a page's whole content. The admin scrolls inside a panel, not the window: the
 * tallest scrolling element (or `selector`) is found, the viewport is made tall enough for all of
 * its content, the element (or `capture`, e.g. a dialog around it) is captured, and the
 * viewport is restored.
 */
export async function screenshotPanel(page: Page, name: string, selector?: string, capture?: string) {
  const marker = 'data-screenshot-panel';
  const extra = await page.evaluate(
    ({ selector, marker }) => {
      document.querySelectorAll(`[${marker}]`).forEach((el) => el.removeAttribute(marker));
      const scrolls = (el: Element) => {
        const style = getComputedStyle(el);
        return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      };
      let panel: Element | null = selector ? document.querySelector(selector) : null;
      if (!panel) {
        let best = 0;
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width * r.height > best && scrolls(el)) {
            best = r.width * r.height;
            panel = el;
          }
        }
      }
      if (!panel) return null;
      panel.setAttribute(marker, '');
      return panel.scrollHeight - panel.clientHeight;
    },
    { selector, marker },
  );
  const viewport = page.viewportSize() ?? VIEWPORT;
  if (extra === null) {
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    return;
  }
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(12000, viewport.height + Math.max(0, extra)),
  });
  try {
    await page.waitForTimeout(150);
    await page
      .locator(capture ?? `[${marker}]`)
      .first()
      .screenshot({ path: screenshotPath(name) });
  } finally {
    await page.setViewportSize(viewport);
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const stat = fs.statSync(dir);
  if (stat.isFile()) return [dir];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Hash of everything the built admin panel depends on in this repository. */
export function adminInputsHash(): string {
  const inputs = [
    'plugins/editorial/admin/src',
    'plugins/editorial/admin/custom.d.ts',
    'plugins/editorial/shared',
    'plugins/editorial/package.json',
    'src/admin',
    'config/admin.ts',
    'package-lock.json',
  ];
  const h = crypto.createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(path.join(appDir, input))) {
      h.update(path.relative(appDir, file));
      h.update('\0');
      h.update(fs.readFileSync(file));
      h.update('\0');
    }
  }
  return h.digest('hex');
}

function run(cmd: string, args: string[]) {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: appDir,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stdout || '').slice(-3000)}\n${(r.stderr || '').slice(-3000)}`,
    );
  }
  return Date.now() - started;
}

/**
 * Builds the plugin and the admin panel when their inputs changed since the last build;
 * returns what it did. Safe to call from several places: the second call finds the hash.
 */
export function ensureAdminBuild(): { built: boolean; ms: number } {
  const hash = adminInputsHash();
  const current = fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8').trim() : '';
  if (current === hash && fs.existsSync(path.join(buildDir, 'index.html'))) return { built: false, ms: 0 };
  let ms = run('npm', ['run', '--silent', 'build:plugin']);
  ms += run(process.execPath, [
    path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'),
    'build',
  ]);
  fs.writeFileSync(hashFile, hash);
  return { built: true, ms };
}

const appUuid = (): string =>
  JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8')).strapi?.uuid ?? '';

export interface BrowserStrapi extends TestStrapi {
  /** Base URL of the server, e.g. http://127.0.0.1:41234 (admin at /admin). */
  url: string;
  browser: Browser;
  /** A new isolated browser context (own cookies and storage) with one page at 1366x768. */
  newPage: () => Promise<Page>;
}

/** Starts Strapi with the admin panel on a free loopback port and launches Chromium. */
export async function startBrowserStrapi(extraEnv: Record<string, string> = {}): Promise<BrowserStrapi> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get update && apt-get install -y chromium`);
  }
  ensureAdminBuild();
  const t = await startStrapi(
    { FLAG_NPS: 'false', FLAG_PROMOTE_EE: 'false', ...extraEnv },
    { serveAdminPanel: true },
  );
  await new Promise<void>((resolve, reject) => {
    t.server.once('error', reject);
    t.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = t.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // playwright-core gives every launch a fresh temporary user-data-dir and removes it on close.
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    t.server.closeAllConnections?.();
    await t.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    ...t,
    url,
    browser,
    newPage: async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC' });
      contexts.push(context);
      // Strapi's "new Media Library" announcement would cover the top of every screenshot: mark it
      // dismissed for this app (its key carries the app's uuid from package.json).
      await context.addInitScript((uuid: string) => {
        for (const legacy of ['true', 'false']) {
          window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`, 'true');
        }
      }, appUuid());
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      return page;
    },
    stop: async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      t.server.closeAllConnections?.();
      await t.stop();
    },
  };
}

/** Logs in through the admin login form and waits for the admin home page. */
export async function loginAs(page: Page, baseUrl: string, user: Pick<AdminSession, 'email' | 'password'>) {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.getByRole('button', { name: /^log ?in$/i }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30000 });
  // The main navigation is on screen once the admin app has loaded its permissions.
  await page.getByRole('navigation').first().waitFor();
}
