// End to end in real Chromium: live participation on the console. Spotlight with a pass, Pass the Star; the console's
// numbers are the metrics of the stored log; a quiet child is flagged and "invite" puts them on stage; a tag counts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { participation, type MetricEvent } from '../../shared/metrics';
import { join } from 'node:path';
import { SCREENSHOTS, shot } from '../support/browser';
import { openConsole, seatTablets, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';

const stage = useStage('ct-e2e-metrics-');

const num = async (page: Page, childId: string, name: string) =>
  Number(await page.locator(`[data-testid="metrics-child"][data-child-id="${childId}"]`).first().getAttribute(name));

describe('live participation on the console', () => {
  it('matches the metrics of the stored log, flags and invites a quiet child, and counts a tag', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Kites 风筝',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['小明', 'panda'],
        ['Lulu', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const session = await staff.startSession(group.id);
    const consolePage = await openConsole(stage, staff, session.id);
    const tablets = await seatTablets(stage, session.code!, ids, ['en-US', 'en-US', 'zh-CN', 'en-US']);
    const lulu = ids[3]!;

    // Spotlight: Mimi presents (Bo claps), then Bo passes.
    await consolePage.getByTestId('start-now-activity').selectOption('spotlight');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="spotlight"]').waitFor();
    await consolePage.locator(`[data-testid="spotlight-offer-child"][data-child-id="${ids[0]}"]`).click();
    await tablets[0]!.getByTestId('spotlight-ready').click();
    await consolePage.locator('[data-testid="spotlight-phase"][data-phase="presenting"]').waitFor();
    await tablets[1]!.locator(`[data-testid="spotlight-presenter"][data-child-id="${ids[0]}"]`).waitFor();
    await tablets[1]!.locator('[data-testid="reaction"][data-kind="clap"]').first().click();
    await tablets[0]!.getByTestId('spotlight-done').click();
    await consolePage.locator('[data-testid="spotlight-phase"][data-phase="idle"]').waitFor();
    await consolePage.locator(`[data-testid="spotlight-offer-child"][data-child-id="${ids[1]}"]`).click();
    await tablets[1]!.getByTestId('spotlight-pass').click();
    await consolePage.locator('[data-testid="spotlight-phase"][data-phase="idle"]').waitFor();
    await consolePage.getByTestId('round-end').click();
    await consolePage.getByTestId('confirm-ok').click();
    await consolePage.getByTestId('round-none').waitFor();

    // Pass the Star: the facilitator gives it to 小明, who passes it to Mimi.
    await consolePage.getByTestId('start-now-activity').selectOption('pass-star');
    await consolePage.getByTestId('setting-first-holder').selectOption('facilitator');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="pass-star"]').waitFor();
    await consolePage.locator(`[data-testid="star-give"][data-child-id="${ids[2]}"]`).click();
    await tablets[2]!.getByTestId('star-holder-view').waitFor();
    await tablets[2]!.locator(`[data-testid="star-target"][data-child-id="${ids[0]}"]`).click();
    await consolePage.locator(`[data-testid="star-holder"][data-child-id="${ids[0]}"]`).waitFor();

    // Lulu has had no turn: flagged as quiet (a prompt, not a label).
    await consolePage.locator(`[data-testid="quiet-child"][data-child-id="${lulu}"]`).waitFor();
    // A tag on Bo, with a note.
    await consolePage.locator(`[data-testid="tag-child"][data-child-id="${ids[1]}"]`).click();
    // The programmes' goals are tags too (emotional control … screen-time plans), among the positive ones.
    await consolePage.locator('[data-testid="tag-option"][data-tag="screen-plan"]').waitFor();
    expect(await consolePage.getByTestId('tag-option').count()).toBe(13);
    await consolePage.getByTestId('tag-popover').scrollIntoViewIfNeeded();
    await consolePage.getByTestId('tag-popover').screenshot({ path: join(SCREENSHOTS, 'observation-tags-en.png') });
    await consolePage.locator('[data-testid="tag-option"][data-tag="encouraged"]').click();
    await consolePage.getByTestId('tag-note').fill('cheered for Mimi');
    await consolePage.getByTestId('tag-save').click();
    await consolePage.locator('[data-testid="observation-row"][data-tag="encouraged"]').waitFor();
    await consolePage.locator(`[data-testid="tag-child"][data-child-id="${ids[1]}"] [data-testid="tag-count"]`).waitFor();

    // The console shows the metrics of the stored log (give it the time the live update needs).
    const expected = async () => participation((await storedEvents(stage.dataDir, session.id)) as MetricEvent[]);
    for (const id of ids) {
      await expect
        .poll(
          async () => [
            await num(consolePage, id, 'data-turns'),
            await num(consolePage, id, 'data-reactions-given'),
            await num(consolePage, id, 'data-reactions-received'),
          ],
          { timeout: 3000 },
        )
        .toEqual(
          (({ turns, reactionsGiven, reactionsReceived }) => [turns, reactionsGiven, reactionsReceived])(
            (await expected()).children.find((c) => c.childId === id)!,
          ),
        );
      expect(await num(consolePage, id, 'data-airtime-ms')).toBe((await expected()).children.find((c) => c.childId === id)!.airtimeMs);
    }
    const m = await expected();
    expect(m.children.find((c) => c.childId === ids[1])!.observations.encouraged).toBe(1);
    expect(m.children.find((c) => c.childId === ids[1])!).toMatchObject({ passes: 1, turns: 1 });
    expect(m.group.quiet.map((q) => q.childId)).toContain(lulu);
    const gauge = consolePage.getByTestId('metrics-gauge');
    expect(Number(await gauge.getAttribute('data-gstar'))).toBeCloseTo(m.group.giniNormalized!, 6);
    expect(await gauge.getAttribute('data-reading')).toBe(m.group.reading.code);
    await shot(consolePage, 'participation-console-en');

    // "Invite" during Spotlight puts Lulu on stage.
    await consolePage.getByTestId('round-end').click();
    await consolePage.getByTestId('confirm-ok').click();
    await consolePage.getByTestId('round-none').waitFor();
    await consolePage.getByTestId('start-now-activity').selectOption('spotlight');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="spotlight"]').waitFor();
    await consolePage.locator(`[data-testid="quiet-child"][data-child-id="${lulu}"]`).getByTestId('quiet-invite').click();
    await consolePage.locator(`[data-testid="spotlight-presenter"][data-child-id="${lulu}"]`).waitFor();
    await tablets[3]!.getByTestId('spotlight-card').waitFor();

    await consolePage.getByTestId('lang-zh-CN').click();
    await consolePage.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await shot(consolePage, 'participation-console-zh');
    // Nothing of it on a tablet.
    for (const t of tablets) expect(await t.locator('[data-testid="metrics-panel"], [data-testid="quiet-list"]').count()).toBe(0);
    expect(devices.problems).toEqual([]);
  });
});
