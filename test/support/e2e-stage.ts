// The stage every end-to-end test sets: a real server, real Chromium, a session's console and seated tablets.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { Devices, launchBrowser } from './browser';
import type { StaffClient } from './staff-client';
import { inProcessServer, tempDataDir, type InProcessServer } from './test-server';

export interface Stage {
  srv: InProcessServer;
  browser: Browser;
  devices: Devices;
  dataDir: string;
}

/** Starts the server and the browser before the file's tests and closes them after; fields are set in beforeAll. */
export function useStage(prefix = 'ct-e2e-'): Stage {
  const stage = { dataDir: tempDataDir(prefix) } as Stage;
  beforeAll(async () => {
    stage.srv = await inProcessServer(stage.dataDir);
    stage.browser = await launchBrowser();
    stage.devices = new Devices(stage.browser, stage.srv.url);
  });
  afterAll(async () => {
    await stage.devices?.closeAll();
    await stage.browser?.close();
    await stage.srv?.close();
  });
  return stage;
}

/** The live console page of a session, with the rounds panel ready. */
export async function openConsole(stage: Stage, staff: StaffClient, sessionId: string, size = { width: 1440, height: 1000 }): Promise<Page> {
  const page = await stage.devices.open({ locale: 'en-US', ...size, cookie: staff.cookie });
  await page.goto(`${stage.srv.url}/console#/sessions/${sessionId}`);
  await page.getByTestId('rounds-panel').waitFor();
  return page;
}

/** One tablet per child, each in its own browser context and language, joined by the code and seated. */
export async function seatTablets(stage: Stage, code: string, childIds: readonly string[], locales: readonly string[]): Promise<Page[]> {
  const tablets: Page[] = [];
  for (const [i, id] of childIds.entries()) {
    const t = await stage.devices.open({ locale: locales[i] ?? 'en-US', width: 1024, height: 768 });
    await t.goto(`${stage.srv.url}/j/${code}`);
    await t.locator(`[data-testid="choose-avatar"][data-child-id="${id}"]`).click();
    await t.locator(`[data-testid="seated"][data-child-id="${id}"]`).waitFor();
    tablets.push(t);
  }
  return tablets;
}
