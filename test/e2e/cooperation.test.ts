// End to end in real Chromium: Build Together in taking-turns mode with four tablets (one leaves mid-round and the
// picture still completes), then a Strength Garden where every child receives at least one card (the closing waits
// for the last one) and the screen shows one shared garden with no per-child counts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/browser';
import { openConsole, seatTablets, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-coop-');

/** The tablet whose turn it is (turn mode), or null once the round is over. */
async function onTurn(tablets: Page[], consolePage: Page): Promise<Page | null> {
  for (;;) {
    if ((await consolePage.getByTestId('round-none').count()) > 0) return null;
    for (const t of tablets) if ((await t.locator('[data-testid="activity"][data-my-turn="true"]').count()) > 0) return t;
    await consolePage.waitForTimeout(50);
  }
}

/** Places the first piece of this tablet's hand into an empty place of the same shape and colour. */
async function placeOne(t: Page): Promise<void> {
  const piece = t.getByTestId('build-piece').first();
  const [shape, colour] = [await piece.getAttribute('data-shape'), await piece.getAttribute('data-colour')];
  await piece.click();
  await t.locator('[data-testid="build-piece"][data-selected="true"]').waitFor();
  const before = await t.locator('[data-testid="build-slot"][data-filled="true"]').count();
  await t.locator(`[data-testid="build-slot"][data-shape="${shape}"][data-colour="${colour}"][data-filled="false"]`).first().click();
  await t.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="build-slot"][data-filled="true"]').length > n || !document.querySelector('[data-testid="build-slot"]'),
    before,
  );
}

describe('cooperative activities in real browsers', () => {
  it('completes a picture together taking turns, though one child leaves, then grows a garden where everyone gets a card', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Rockets 火箭',
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
    const screen = await devices.open({ locale: 'zh-CN', width: 1920, height: 1080 });
    await screen.goto(`${srv.url}${session.screenUrl}`);
    await screen.waitForSelector('body[data-scene-ready="true"]');
    const tablets = await seatTablets(stage, session.code!, ids, ['en-US', 'zh-CN', 'zh-CN', 'en-US']);

    // Build Together: the rocket, taking turns.
    await consolePage.getByTestId('start-now-activity').selectOption('build-together');
    await consolePage.getByTestId('build-design-select').selectOption('rocket');
    await consolePage.getByTestId('build-turn-mode-select').selectOption('turns');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="build-together"]').waitFor();
    const total = Number(await consolePage.getByTestId('build-progress').getAttribute('data-total'));
    expect(total).toBe(24);

    let placed = 0;
    let left = false;
    const present = [...tablets];
    for (;;) {
      const t = await onTurn(present, consolePage);
      if (!t) break;
      if (placed === 1) {
        await t.getByTestId('build-your-turn').waitFor();
        await shot(t, `build-tablet-turn-${tablets.indexOf(t) === 1 || tablets.indexOf(t) === 2 ? 'zh' : 'en'}`);
        await shot(screen, 'build-screen-zh');
        const watcher = present.find((p) => p !== t)!;
        await watcher.getByTestId('build-turn-of').waitFor();
        await shot(watcher, 'build-tablet-watching');
      }
      await placeOne(t);
      placed++;
      if (placed === 6 && !left) {
        // Lulu's tablet goes away mid-round: her unplaced pieces are dealt to the others.
        left = true;
        const lulu = tablets[3]!;
        present.splice(present.indexOf(lulu), 1);
        await lulu.context().close();
        await consolePage.locator(`[data-testid="build-child"][data-child-id="${ids[3]}"][data-present="false"]`).waitFor();
      }
      expect(placed).toBeLessThanOrEqual(total);
    }
    expect(placed).toBe(total);
    // The last piece closed the round: every builder still here celebrates on their own tablet too.
    for (const t of present) await t.getByTestId('build-finale').waitFor();
    await shot(present[0]!, 'build-tablet-finale-en');
    await shot(present[1]!, 'build-tablet-finale-zh');
    await screen.getByTestId('screen-build-finale').waitFor({ state: 'attached' });
    await shot(screen, 'build-screen-finale-zh');
    const room = srv.server.registry.get(session.id)!;
    expect(room.snapshot.roundsDone.at(-1)).toMatchObject({ activity: 'build-together', reason: 'complete' });

    // Strength Garden with the three children still here.
    const kids = tablets.slice(0, 3);
    await consolePage.getByTestId('start-now-activity').selectOption('strength-garden');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="garden-phase"][data-phase="self"]').waitFor();
    const picks = ['brave', 'good-at-drawing', 'funny'];
    for (const [i, t] of kids.entries()) {
      await t.locator(`[data-testid="garden-card"][data-card="${picks[i]}"]`).click();
      await t.locator(`[data-testid="garden-card"][data-card="${picks[i]}"][data-picked="true"]`).waitFor();
    }
    await shot(kids[1]!, 'garden-tablet-pick-zh');
    await consolePage.getByTestId('garden-to-give').click();
    await consolePage.locator('[data-testid="garden-phase"][data-phase="give"]').waitFor();
    expect(await consolePage.getByTestId('garden-received-none').getAttribute('data-count')).toBe('3');
    const gifts = ['kind', 'helpful', 'good-listener'];
    for (const [i, t] of kids.entries()) {
      const to = ids[(i + 1) % 3]!;
      if (i === 2) {
        // Mimi has no friend's flower yet: the closing waits, naming her to the facilitator only.
        await consolePage.getByTestId('garden-show-gardens').click();
        await expect.poll(() => consolePage.getByTestId('confirm-dialog').textContent()).toContain('Mimi');
        await shot(consolePage, 'garden-console-closing-waits-en');
        await consolePage.getByTestId('confirm-cancel').click();
        expect(await consolePage.getByTestId('garden-phase').getAttribute('data-phase')).toBe('give');
      }
      await t.locator(`[data-testid="garden-peer"][data-child-id="${to}"]`).click();
      await t.locator(`[data-testid="garden-give-card"][data-card="${gifts[i]}"]`).click();
      await consolePage.locator(`[data-testid="garden-child"][data-child-id="${to}"][data-received="1"]`).waitFor();
      if (i === 0) await shot(t, 'garden-tablet-give-en');
    }
    await expect.poll(async () => consolePage.getByTestId('garden-received-none').getAttribute('data-count')).toBe('0');
    await consolePage.getByTestId('garden-show-gardens').click();
    expect(await consolePage.getByTestId('confirm-dialog').count()).toBe(0);
    for (const [i, t] of kids.entries()) {
      await t.getByTestId('garden-my-garden').waitFor();
      await t.locator(`[data-testid="garden-flower"][data-card="${gifts[(i + 2) % 3]}"][data-from="peer"]`).waitFor();
      await t.locator(`[data-testid="garden-flower"][data-card="${picks[i]}"][data-from="self"]`).waitFor();
    }
    // One shared garden: every flower grows in it, with nobody's name on a flower or a bed to count.
    const garden = screen.getByTestId('screen-garden-shared');
    await expect.poll(() => garden.getAttribute('data-flowers')).toBe('6');
    expect(await garden.getAttribute('data-peer')).toBe('3');
    expect(await screen.locator('[data-testid="screen-gardener"]').count()).toBe(3);
    expect(await screen.locator('[data-testid="screen-garden-bed"]').count()).toBe(0);
    for (const name of ['Mimi', 'Bo', '小明']) expect(await garden.textContent()).not.toContain(name);
    await shot(kids[1]!, 'garden-tablet-my-garden-zh');
    await shot(kids[0]!, 'garden-tablet-my-garden-en');
    await shot(screen, 'garden-screen-zh');
    await consolePage.getByTestId('garden-to-give').click();
    await screen.locator('[data-testid="screen-garden-phase"][data-phase="give"]').waitFor({ state: 'attached' });
    await shot(screen, 'garden-screen-give-zh');
    await consolePage.getByTestId('garden-show-gardens').click();
    await screen.locator('[data-testid="screen-garden-phase"][data-phase="garden"]').waitFor({ state: 'attached' });
    await screen.getByTestId('screen-lang-toggle').click();
    await screen.waitForFunction(() => document.documentElement.lang === 'en');
    await shot(screen, 'garden-screen-en');
    await consolePage.getByTestId('garden-phase').scrollIntoViewIfNeeded();
    await shot(consolePage, 'garden-console-en');
    expect(devices.problems).toEqual([]);
  });
});
