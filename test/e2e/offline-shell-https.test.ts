// End to end in real Chromium at a NON-localhost origin over the laptop's HTTPS mode: the service worker registers
// (it never does on plain http at a LAN name), a reload while the server is down shows the calm "reconnecting"
// picture instead of Chromium's error page, and the pages reseat by themselves when the server is back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import { spkiHash, tlsFolder } from '../../server/tls/local-ca';
import { Devices, launchBrowser, shot } from '../support/browser';
import { fetchTrusting } from '../support/https-fetch';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

/** A name that is not localhost: Chromium maps it to 127.0.0.1, the laptop's certificate covers it (TLS_NAMES). */
const NAME = 'circletime.test';
const dataDir = tempDataDir('ct-e2e-https-');
let server: RunningServer | null = null;
let browser: Browser;
let devices: Devices;

const start = async (port: number) => startServer({ ...(await serverConfig(dataDir)), port, tls: { names: [NAME] } });

beforeAll(async () => {
  server = await start(0);
  // Trusting the server certificate's key stands in for a tablet that installed the CA: Chromium then treats the
  // origin as secure, service workers included (a click-through "proceed anyway" would not).
  const spki = spkiHash(readFileSync(join(tlsFolder(dataDir), 'server.crt'), 'utf8'));
  browser = await launchBrowser([`--host-resolver-rules=MAP ${NAME} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${spki}`]);
});
afterAll(async () => {
  await devices?.closeAll();
  await browser?.close();
  await server?.close();
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
}

describe('the kept shell over the laptop’s HTTPS', () => {
  it('registers the service worker at https://circletime.test, shows "reconnecting" on a reload while down, and reseats', async () => {
    const port = server!.port;
    expect(server!.scheme).toBe('https');
    const firstCa = server!.localCa!.fingerprint;
    const url = `https://${NAME}:${port}`;
    devices = new Devices(browser, url, [NAME]);
    const staff = new StaffClient(`https://127.0.0.1:${port}`, fetchTrusting(server!.localCa!.cert));
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
    // The join link and QR code name https (the QR is made from the same base URL).
    expect(session.joinUrl).toMatch(/^https:\/\//);

    const tablets = [await devices.open({ locale: 'en-US', width: 1024, height: 768 }), await devices.open({ locale: 'zh-CN', width: 390, height: 844 })];
    for (const [i, t] of tablets.entries()) {
      // A worker who types the old plain-http address lands on https.
      await t.goto(`http://${NAME}:${port}/j/${session.code}`);
      expect(t.url()).toBe(`${url}/j/${session.code}`);
      expect(await t.evaluate(() => window.isSecureContext)).toBe(true);
      await t.locator(`[data-testid="choose-avatar"][data-child-id="${children[i]!.id}"]`).click();
      await t.locator(`[data-testid="seated"][data-child-id="${children[i]!.id}"]`).waitFor();
      await controlled(t);
    }
    const screen = await devices.open({ locale: 'zh-CN', width: 1920, height: 1080 });
    await screen.goto(`${url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');
    await controlled(screen);

    await server!.close();
    server = null;
    for (const [i, t] of tablets.entries()) {
      await t.reload();
      await t.getByTestId('reconnecting').waitFor();
      expect(t.url().startsWith(`${url}/j/`)).toBe(true);
      await shot(t, `https-offline-tablet-${i === 0 ? 'tablet-en' : 'phone-zh'}`);
    }
    await screen.reload();
    await screen.getByTestId('screen-reconnecting').waitFor();
    await shot(screen, 'https-offline-screen-zh');

    // Same folder, same port: the same CA and certificate, and every page finds its seat by itself.
    server = await start(port);
    expect(server.localCa!.fingerprint).toBe(firstCa);
    for (const [i, t] of tablets.entries()) await t.locator(`[data-testid="seated"][data-child-id="${children[i]!.id}"]`).waitFor({ timeout: 20_000 });
    await screen.waitForSelector('body[data-scene-ready="true"]');
    await expect.poll(() => screen.getByTestId('screen-reconnecting').isHidden()).toBe(true);
    expect(devices.problems.filter((p) => !p.startsWith('pageerror'))).toEqual([]);
  });

  it('shows the CA page over plain http at the LAN name, in English and Chinese, and downloads the certificate', async () => {
    const port = server!.port;
    for (const [lang, size] of [
      ['en', { width: 1024, height: 768 }],
      ['zh-CN', { width: 390, height: 844 }],
    ] as const) {
      const page = await devices.open({ locale: lang === 'en' ? 'en-US' : 'zh-CN', ...size });
      await page.goto(`http://${NAME}:${port}/ca`);
      expect(page.url()).toBe(`http://${NAME}:${port}/ca`);
      expect(await page.getByTestId('ca-fingerprint').textContent()).toBe(server!.localCa!.fingerprint);
      expect(await page.getByTestId('ca-then').textContent()).toBe(`https://${NAME}:${port}/j`);
      const box = await page.getByTestId('ca-download').boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(64);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ca-download').click()]);
      expect(download.suggestedFilename()).toBe('circletime-local-ca.crt');
      expect(readFileSync((await download.path())!, 'utf8')).toBe(server!.localCa!.cert);
      const path = await shot(page, `https-ca-page-${lang}`);
      await page.screenshot({ path: path.replace(/\.png$/, '-full.png'), fullPage: true });
    }
  });
});
