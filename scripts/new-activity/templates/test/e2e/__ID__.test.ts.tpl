// End to end in real Chromium: a __NAME_EN__ round on two tablets (English and Chinese); the screen's sky shows the
// kinds of weather without names, the console who answered without what; every weather target is at least 64 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../shared/api/schemas';
import { shot } from '../support/browser';
import { openConsole, seatTablets, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-__ID__-');

/** The smallest width and height of the child's tap targets on a page. */
async function smallestTarget(page: Page): Promise<number> {
  const sizes = await page.locator('[data-testid="__ID__-choice"], [data-testid="__ID__-not-now"]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return Math.min(r.width, r.height);
    }),
  );
  expect(sizes.length).toBe(6);
  return Math.min(...sizes);
}

describe('__NAME_EN__ in real browsers', () => {
  it('children pick weather pictures; the sky shows no names and no counts', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const group = await staff.ok<GroupDetail>('POST', '/groups', { name: 'Sunflowers 向日葵', ageBand: '7-8', language: 'en', autoApprove: true });
    const kids: { id: string; nickname: string }[] = [];
    for (const [nickname, avatar] of [
      ['Mimi', 'cat'],
      ['小明', 'panda'],
    ] as const)
      kids.push(await staff.ok('POST', `/groups/${group.id}/children`, { nickname, avatar }));
    const session = await staff.startSession(group.id);
    const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 900 });
    const screen = await devices.open({ locale: 'en-US', width: 1920, height: 1080 });
    await screen.goto(`${srv.url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');
    const [mimi, xiaoming] = (await seatTablets(
      stage,
      session.code!,
      kids.map((k) => k.id),
      ['en-US', 'zh-CN'],
    )) as [Page, Page];

    await consolePage.getByTestId('start-now-activity').selectOption('__ID__');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="__ID__"]').waitFor();
    for (const t of [mimi, xiaoming]) await t.getByTestId('__ID__-choice').first().waitFor();
    expect(await smallestTarget(mimi)).toBeGreaterThanOrEqual(64);
    await shot(xiaoming, '__ID__-tablet-zh');

    await mimi.locator('[data-testid="__ID__-choice"][data-weather="rainy"]').click();
    await mimi.locator('[data-testid="__ID__-choice"][data-weather="rainy"][data-selected="true"]').waitFor();
    await mimi.locator('[data-testid="__ID__-choice"][data-weather="sunny"]').click();
    await mimi.locator('[data-testid="__ID__-choice"][data-weather="sunny"][data-selected="true"]').waitFor();
    await xiaoming.locator('[data-testid="__ID__-choice"][data-weather="cloudy"]').click();
    await xiaoming.locator('[data-testid="__ID__-choice"][data-weather="cloudy"][data-selected="true"]').waitFor();
    await shot(mimi, '__ID__-tablet-en');

    // The sky: each kind once, no names.
    await screen.locator('[data-testid="screen-__ID__"][data-sky="sunny cloudy"]').waitFor({ state: 'attached' });
    const mirrored = await screen.getByTestId('screen-__ID__').textContent();
    for (const k of kids) expect(mirrored).not.toContain(k.nickname);
    await shot(screen, '__ID__-screen');

    // The console: who answered, not what.
    await consolePage.locator(`[data-testid="__ID__-answered"] [data-child-id="${kids[1]!.id}"]`).waitFor();
    expect(await consolePage.getByTestId('__ID__-answered').textContent()).not.toMatch(/sunny|cloudy/i);
    await shot(consolePage, '__ID__-console');

    // "Not now" is always there and takes the pick back.
    await xiaoming.getByTestId('__ID__-not-now').click();
    await screen.locator('[data-testid="screen-__ID__"][data-sky="sunny"]').waitFor({ state: 'attached' });
    await consolePage.locator(`[data-testid="__ID__-not-now"] [data-child-id="${kids[1]!.id}"]`).waitFor();
    expect(devices.problems).toEqual([]);
  });
});
