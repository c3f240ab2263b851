// End to end in real Chromium: a Pass the Star round that reaches every child once, then a Spotlight round where
// three children present, one passes and peers cheer; a presenter reloads and lands back on stage.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Devices, launchBrowser, shot } from '../support/browser';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let browser: Browser;
let devices: Devices;
const newPage = (locale: string, width: number, height: number, cookie?: string) => devices.open({ locale, width, height, ...(cookie ? { cookie } : {}) });

const attr = (page: Page, testId: string, name: string) => page.getByTestId(testId).first().getAttribute(name);

beforeAll(async () => {
  srv = await inProcessServer();
  browser = await launchBrowser();
  devices = new Devices(browser, srv.url);
});
afterAll(async () => {
  await devices?.closeAll();
  await browser?.close();
  await srv?.close();
});

describe('activities in real browsers', () => {
  it('runs Pass the Star to everyone once, then Spotlight with three presentations and one pass', async () => {
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Rainbow 彩虹',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['小明', 'panda'],
        ['Lulu', 'owl'],
      ],
      true,
    );
    const session = await staff.startSession(group.id);
    const ids = children.map((c) => c.id);

    const consolePage = await newPage('en-US', 1280, 900, staff.cookie);
    await consolePage.goto(`${srv.url}/console#/sessions/${session.id}`);
    await consolePage.getByTestId('rounds-panel').waitFor();
    const screen = await newPage('en-US', 1920, 1080);
    await screen.goto(`${srv.url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');

    // Four tablets; two of them in Chinese.
    const tablets: Page[] = [];
    for (const [i, locale] of ['en-US', 'zh-CN', 'en-US', 'zh-CN'].entries()) {
      const t = await newPage(locale, 1024, 768);
      await t.goto(`${srv.url}/j/${session.code}`);
      await t.locator(`[data-testid="choose-avatar"][data-child-id="${ids[i]}"]`).click();
      await t.locator(`[data-testid="seated"][data-child-id="${ids[i]}"]`).waitFor();
      tablets.push(t);
    }
    const tabletOf = (childId: string) => tablets[ids.indexOf(childId)]!;

    // The default plan: Pass the Star, then Spotlight.
    await consolePage.getByTestId('plan-default').click();
    await consolePage.locator('[data-testid="plan-item"][data-index="0"]').getByTestId('plan-start').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="pass-star"]').waitFor();
    await screen.locator('[data-testid="screen-round"][data-activity="pass-star"]').waitFor({ state: 'attached' });

    // The star reaches every child once: each holder taps someone who has not had it.
    const held = new Set<string>();
    for (let pass = 0; pass < 3; pass++) {
      await consolePage.waitForFunction(() => !!document.querySelector('[data-testid="star-holder"]')?.getAttribute('data-child-id'));
      const holder = (await attr(consolePage, 'star-holder', 'data-child-id'))!;
      held.add(holder);
      const page = tabletOf(holder);
      await page.getByTestId('star-holder-view').waitFor();
      if (pass === 0) {
        await shot(page, `activity-star-holder-${ids.indexOf(holder) % 2 ? 'zh' : 'en'}`);
        await shot(screen, 'activity-screen-star-en');
      }
      const target = page.locator('[data-testid="star-target"][data-available="true"]').first();
      const to = (await target.getAttribute('data-child-id'))!;
      await target.click();
      await consolePage.locator(`[data-testid="star-holder"][data-child-id="${to}"]`).or(consolePage.getByTestId('round-none')).first().waitFor();
      held.add(to);
    }
    expect(held.size).toBe(4);
    // Everyone has held it: the round ended by itself.
    await consolePage.getByTestId('round-none').waitFor();
    await expect.poll(() => consolePage.locator('[data-testid="round-current"]').count()).toBe(0);

    // Spotlight: the fair scheduler's pick each time; turn 2 passes; peers cheer.
    await consolePage.locator('[data-testid="plan-item"][data-index="1"]').getByTestId('plan-start').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="spotlight"]').waitFor();
    const presented: string[] = [];
    let passer = '';
    for (let turn = 0; turn < 4; turn++) {
      await consolePage.getByTestId('spotlight-next').click();
      await consolePage.locator('[data-testid="spotlight-phase"][data-phase="offered"]').waitFor();
      const presenter = (await attr(consolePage, 'spotlight-presenter', 'data-child-id'))!;
      const page = tabletOf(presenter);
      await page.getByTestId('spotlight-card').waitFor();
      await screen.locator(`[data-testid="screen-presenter"][data-child-id="${presenter}"]`).waitFor({ state: 'attached' });
      if (turn === 1) {
        passer = presenter;
        await page.getByTestId('spotlight-pass').click();
        await consolePage.locator('[data-testid="spotlight-phase"][data-phase="idle"]').waitFor();
        continue;
      }
      if (turn === 2) {
        // The presenter's tablet reloads (a Wi-Fi blip): it lands back on stage with its card.
        await page.reload();
        await page.getByTestId('spotlight-card').waitFor();
      }
      await page.getByTestId('spotlight-ready').click();
      await consolePage.locator('[data-testid="spotlight-phase"][data-phase="presenting"]').waitFor();
      const peers = tablets.filter((t) => t !== page);
      for (const [k, peer] of peers.entries()) {
        await peer.locator(`[data-testid="spotlight-presenter"][data-child-id="${presenter}"]`).waitFor();
        await peer
          .locator(`[data-testid="reaction"][data-kind="${['clap', 'heart', 'star'][k]}"]`)
          .first()
          .click();
      }
      if (turn === 0) {
        await shot(page, `activity-spotlight-presenter-${ids.indexOf(presenter) % 2 ? 'zh' : 'en'}`);
        await shot(peers[0]!, 'activity-spotlight-peer');
        await shot(screen, 'activity-screen-spotlight-en');
        await shot(consolePage, 'activity-console-spotlight-en');
      }
      await page.getByTestId('spotlight-done').click();
      await consolePage.locator('[data-testid="spotlight-phase"][data-phase="idle"]').waitFor();
      presented.push(presenter);
    }
    expect(new Set(presented).size).toBe(3);
    expect(presented).not.toContain(passer);

    // Chinese on the console and the screen's stage.
    await consolePage.getByTestId('lang-zh-CN').click();
    await consolePage.getByTestId('spotlight-next').click();
    await consolePage.locator('[data-testid="spotlight-phase"][data-phase="offered"]').waitFor();
    await screen.getByTestId('screen-lang-toggle').click();
    await screen.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // The scheduler offers the child who passed again, now that the others have presented.
    expect(await attr(consolePage, 'spotlight-presenter', 'data-child-id')).toBe(passer);
    await shot(screen, 'activity-screen-spotlight-zh');
    await shot(consolePage, 'activity-console-spotlight-zh');
    await shot(tabletOf(passer), 'activity-spotlight-presenter-again');

    // The log holds every turn with server times.
    const room = srv.server.registry.get(session.id)!;
    expect(room.snapshot.roundsDone.map((r) => [r.activity, r.reason])).toEqual([['pass-star', 'complete']]);
    expect(devices.problems).toEqual([]);
  });
});
