// End to end in real Chromium: an RSES check-in on three tablets (English and Chinese); one child declines, one goes
// back and changes an answer; the screen shows only progress, the console who finished; stored scores are scoreResponse's.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CheckinResponse } from '../../shared/activities/checkin';
import type { GroupDetail } from '../../shared/api/schemas';
import { scoreResponse } from '../../shared/instruments/score';
import { BUILTIN_CATALOG } from '../support/activity-harness';
import { shot } from '../support/browser';
import { openConsole, seatTablets, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';

const stage = useStage('ct-e2e-checkin-');

const RSES = BUILTIN_CATALOG.get('rses')!;

/** Waits for item `index` on a tablet, then taps an option. */
async function answer(page: Page, index: number, option: string): Promise<void> {
  await page.locator(`[data-testid="checkin-item"][data-index="${index}"]`).waitFor();
  await page.locator(`[data-testid="checkin-option"][data-option="${option}"]`).click();
}

describe('a check-in in real browsers', () => {
  it('runs an RSES check-in privately on three tablets in two languages', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const group = await staff.ok<GroupDetail>('POST', '/groups', { name: 'Sunflowers 向日葵', ageBand: '9-10', language: 'en', autoApprove: true });
    const kids: { id: string; nickname: string }[] = [];
    for (const [nickname, avatar] of [
      ['Mimi', 'cat'],
      ['小明', 'panda'],
      ['Bo', 'dog'],
    ] as const) {
      kids.push(await staff.ok('POST', `/groups/${group.id}/children`, { nickname, avatar }));
    }
    const session = await staff.startSession(group.id);

    const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 900 });
    const screen = await devices.open({ locale: 'en-US', width: 1920, height: 1080 });
    await screen.goto(`${srv.url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');

    const tablets = await seatTablets(
      stage,
      session.code!,
      kids.map((k) => k.id),
      ['en-US', 'zh-CN', 'en-US'],
    );
    const [mimi, xiaoming, bo] = tablets as [Page, Page, Page];

    // The facilitator starts a Rosenberg check-in from the console.
    await consolePage.getByTestId('start-now-activity').selectOption('checkin');
    const pick = consolePage.getByTestId('checkin-instrument-select');
    await expect.poll(() => pick.isEnabled()).toBe(true);
    await pick.selectOption('rses');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="checkin"]').waitFor();
    for (const t of tablets) await t.getByTestId('checkin-assent').waitFor();
    await shot(xiaoming, 'checkin-tablet-assent-zh');

    // Bo says "not today": a calm picture, recorded as declined.
    await bo.getByTestId('checkin-not-today').click();
    await bo.getByTestId('checkin-declined').waitFor();
    await consolePage.locator(`[data-testid="checkin-child"][data-child-id="${kids[2]!.id}"][data-status="declined"]`).waitFor();

    // 小明 answers all ten in Chinese.
    await xiaoming.getByTestId('checkin-yes').click();
    await xiaoming.locator('[data-testid="checkin-item"][data-index="0"]').waitFor();
    expect(await xiaoming.getByTestId('checkin-text').textContent()).toContain('我感到我是一个有价值的人');
    await shot(xiaoming, 'checkin-tablet-item-zh');
    const xmAnswers = ['agree', 'strongly-agree', 'disagree', 'agree', 'strongly-disagree', 'agree', 'agree', 'agree', 'disagree', 'strongly-disagree'];
    for (const [i, o] of xmAnswers.entries()) await answer(xiaoming, i, o);
    await xiaoming.getByTestId('checkin-thanks').waitFor();

    // Mimi answers in English, goes back once and changes her second answer.
    await mimi.getByTestId('checkin-yes').click();
    await mimi.locator('[data-testid="checkin-item"][data-index="0"]').waitFor();
    expect(await mimi.getByTestId('checkin-text').textContent()).toContain("I feel that I'm a person of worth");
    await shot(mimi, 'checkin-tablet-item-en');
    await answer(mimi, 0, 'strongly-agree');
    await answer(mimi, 1, 'disagree');
    await mimi.locator('[data-testid="checkin-item"][data-index="2"]').waitFor();
    await mimi.getByTestId('checkin-back').click();
    await mimi.locator('[data-testid="checkin-option"][data-option="disagree"][data-selected="true"]').waitFor();
    const mimiAnswers = ['strongly-agree', 'agree', 'disagree', 'agree', null, 'agree', 'strongly-agree', 'disagree', 'disagree', 'disagree'] as const;
    await answer(mimi, 1, 'agree');
    for (let i = 2; i < 10; i++) {
      const o = mimiAnswers[i];
      if (o === null) {
        await mimi.locator(`[data-testid="checkin-item"][data-index="${i}"]`).waitFor();
        await mimi.getByTestId('checkin-skip').click();
      } else {
        if (i === 9) {
          // Before the last answer: the screen and the console show progress, nothing else.
          await screen.locator('[data-testid="screen-checkin"][data-done="2"][data-of="3"]').waitFor({ state: 'attached' });
          const mirrored = await screen.getByTestId('screen-checkin').textContent();
          for (const k of kids) expect(mirrored).not.toContain(k.nickname);
          await shot(screen, 'checkin-screen-progress-en');
          expect(await consolePage.locator(`[data-testid="checkin-child"][data-child-id="${kids[0]!.id}"]`).getAttribute('data-status')).toBe('answering');
          expect(await consolePage.locator(`[data-testid="checkin-child"][data-child-id="${kids[1]!.id}"]`).getAttribute('data-status')).toBe('finished');
          expect(await consolePage.getByTestId('checkin-counts').textContent()).not.toMatch(/agree/i);
          await consolePage.getByTestId('checkin-counts').scrollIntoViewIfNeeded();
          await shot(consolePage, 'checkin-console-en');
        }
        await answer(mimi, i, o as string);
      }
    }
    await mimi.getByTestId('checkin-thanks').waitFor();
    // Everyone here has finished or declined: the round closes by itself.
    await consolePage.getByTestId('round-none').waitFor();

    // What was stored is what the children tapped, scored by the one scoring function.
    const responses = (await storedEvents(stage.dataDir, session.id, 'checkin.response')).map((e) => e.payload as CheckinResponse);
    expect(responses.map((r) => [r.childId, r.status, r.language])).toEqual([
      [kids[2]!.id, 'declined', 'en'],
      [kids[1]!.id, 'finished', 'zh-CN'],
      [kids[0]!.id, 'finished', 'en'],
    ]);
    const byChild = Object.fromEntries(responses.map((r) => [r.childId, r]));
    expect(Object.values(byChild[kids[1]!.id]!.answers)).toEqual(xmAnswers);
    expect(Object.values(byChild[kids[0]!.id]!.answers)).toEqual(mimiAnswers);
    expect(byChild[kids[0]!.id]!.changes).toBe(1);
    for (const r of responses.filter((x) => x.status === 'finished')) {
      const scored = scoreResponse(RSES, r.answers);
      expect({ items: r.itemScores, total: r.total, skipped: r.skipped }).toEqual({ items: scored.itemScores, total: scored.total, skipped: scored.skipped });
    }
    expect(byChild[kids[1]!.id]!.total).toBe(scoreResponse(RSES, byChild[kids[1]!.id]!.answers).total);
    expect(byChild[kids[1]!.id]!.total).not.toBeNull();
    expect(byChild[kids[0]!.id]!.total).toBeNull();

    // The instruments page names the source and shows both languages.
    await consolePage.getByTestId('nav-instruments').click();
    const card = consolePage.locator('[data-testid="instrument-card"][data-instrument-id="rses"]');
    await card.waitFor();
    expect(await card.getByTestId('instrument-source').textContent()).toContain('Rosenberg');
    const item8 = card.locator('[data-testid="instrument-item"][data-item-id="respect"]');
    expect(await item8.getAttribute('data-reversed')).toBe('true');
    expect(await item8.textContent()).toContain('我希望我能为自己赢得更多尊重');
    expect(await item8.textContent()).toContain('I wish I could have more respect for myself');
    await card.scrollIntoViewIfNeeded();
    await shot(consolePage, 'checkin-instruments-en');
    expect(devices.problems).toEqual([]);
  });
});
