// End to end in real Chromium: a tablet (1024×768 and 390×844) and the screen reloaded while the server is down show
// their calm "reconnecting" state from the kept shell, never the browser's error page, and come back by themselves.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import { Devices, launchBrowser, shot } from '../support/browser';
import { StaffClient } from '../support/staff-client';
import { REPO, tempDataDir } from '../support/test-server';
import type { Browser } from 'playwright-core';

const dataDir = tempDataDir('ct-e2e-offline-');
let server: RunningServer | null = null;
let browser: Browser;
let devices: Devices;

const start = (port: number) =>
  startServer({
    port,
    host: '127.0.0.1',
    dataDir,
    publicUrl: undefined,
    joinCodeDigits: 4,
    clientDir: join(REPO, 'dist/client'),
    instrumentsDir: join(dataDir, 'instruments'),
    clipsDir: join(dataDir, 'clips'),
  });

beforeAll(async () => {
  server = await start(0);
  browser = await launchBrowser();
});
afterAll(async () => {
  await devices?.closeAll();
  await browser?.close();
  await server?.close();
});

/** Resolves once the page's service worker controls it (the shell and its files are kept by then). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
}

describe('the kept shell', () => {
  it('reloads the tablet and the screen into "reconnecting" while the server is down, then reseats them', async () => {
    const port = server!.port;
    const url = `http://127.0.0.1:${port}`;
    devices = new Devices(browser, url);
    const staff = new StaffClient(url);
    await staff.setup(server!.setupCode!);
    const { group, children } = await staff.groupWithChildren(
      'Lanterns 灯笼',
      [
        ['Mimi', 'cat'],
        ['小明', 'panda'],
      ],
      true,
    );
    const session = await staff.startSession(group.id);

    const tablets = [await devices.open({ locale: 'en-US', width: 1024, height: 768 }), await devices.open({ locale: 'zh-CN', width: 390, height: 844 })];
    for (const [i, t] of tablets.entries()) {
      await t.goto(`${url}/j/${session.code}`);
      await t.locator(`[data-testid="choose-avatar"][data-child-id="${children[i]!.id}"]`).click();
      await t.locator(`[data-testid="seated"][data-child-id="${children[i]!.id}"]`).waitFor();
      await controlled(t);
    }
    const screen = await devices.open({ locale: 'zh-CN', width: 1920, height: 1080 });
    await screen.goto(`${url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');
    await controlled(screen);

    // The server goes away; each page is reloaded (a child's refresh, a tablet waking up).
    await server!.close();
    server = null;
    for (const [i, t] of tablets.entries()) {
      await t.reload();
      await t.getByTestId('reconnecting').waitFor();
      expect(await t.title()).not.toBe('');
      await shot(t, `offline-tablet-${i === 0 ? 'tablet-en' : 'phone-zh'}`);
    }
    await screen.reload();
    await screen.getByTestId('screen-reconnecting').waitFor();
    await shot(screen, 'offline-screen-zh');

    // Back on the same port: every page finds its seat again by itself.
    server = await start(port);
    for (const [i, t] of tablets.entries()) await t.locator(`[data-testid="seated"][data-child-id="${children[i]!.id}"]`).waitFor({ timeout: 20_000 });
    await screen.waitForSelector('body[data-scene-ready="true"]');
    await expect.poll(() => screen.getByTestId('screen-reconnecting').isHidden()).toBe(true);
    expect(devices.problems.filter((p) => !p.startsWith('pageerror'))).toEqual([]);
  });
});
