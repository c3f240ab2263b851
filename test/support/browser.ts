// Real Chromium for end-to-end tests (Debian's build), and screenshots kept under test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO } from './test-server';

export const SCREENSHOTS = join(REPO, 'test-results/screenshots');

/** `extraArgs`: e.g. a host-resolver rule and a certificate to trust (the HTTPS tests). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A picture mid-fade says nothing: let running CSS transitions and animations settle first (finite ones).
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Fails the test on any page error or on a request leaving this machine (`hosts`: names that map to it). */
export function guardPage(page: Page, problems: string[], hosts: readonly string[] = ['127.0.0.1', 'localhost']): void {
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!hosts.includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`outbound request: ${req.url()}`);
    }
  });
}

/** Opens pages, each in its own context (its own storage, like a separate device), and closes them all. */
export class Devices {
  readonly problems: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly hosts: readonly string[] = ['127.0.0.1', 'localhost'],
  ) {}

  async open(opts: { locale: string; width: number; height: number; cookie?: string }): Promise<Page> {
    const context = await this.browser.newContext({ locale: opts.locale, viewport: { width: opts.width, height: opts.height } });
    this.contexts.push(context);
    if (opts.cookie) {
      const [name, value] = opts.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: this.baseUrl }]);
    }
    const page = await context.newPage();
    guardPage(page, this.problems, this.hosts);
    return page;
  }

  async closeAll(): Promise<void> {
    for (const c of this.contexts) await c.close();
  }
}
