// End to end in real Chromium: a facilitator creates a group from a programme template on the console and runs its
// first session's plan round by round (the restart half is in test/integration/programmes.test.ts).
import { describe, expect, it } from 'vitest';
import { shot } from '../support/browser';
import { seatTablets, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-programme-');

describe('a programme on the console', () => {
  it('creates a group from the self-confidence template and runs session 1 from its plan', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const page = await devices.open({ locale: 'en-US', width: 1440, height: 1000, cookie: staff.cookie });
    await page.goto(`${srv.url}/console`);
    await page.getByTestId('new-group-name').fill('Sunflowers');
    await page.getByTestId('new-group-programme').selectOption('self-confidence');
    await page.getByTestId('new-group-submit').click();
    await page.getByTestId('group-title').filter({ hasText: 'Sunflowers' }).waitFor();
    await page.locator('[data-testid="programme-session"][data-index="0"][data-next="true"]').waitFor();
    expect(await page.getByTestId('programme-session').count()).toBe(5);
    for (const [nickname, avatar] of [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
    ] as const) {
      await page.getByTestId('child-nickname').fill(nickname);
      await page.locator(`[data-testid="avatar-option"][data-avatar="${avatar}"]`).click();
      await page.getByTestId('add-child').click();
      await page.getByTestId('roster-row').filter({ hasText: nickname }).waitFor();
    }
    await shot(page, 'programme-group-en');

    await page.getByTestId('start-session').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('join-code').waitFor();
    const header = page.locator('[data-testid="plan-session"][data-index="0"]');
    await header.waitFor();
    expect(await header.textContent()).toContain('Knowing each other');
    expect(await page.getByTestId('plan-note').count()).toBe(4);
    const code = (await page.getByTestId('join-code').innerText()).replace(/\D/g, '');
    const ids = await page.getByTestId('seat-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-child-id') ?? ''));
    await page.getByTestId('auto-approve').click();
    const sessionId = new URL(page.url()).hash.split('/').at(-1)!;
    await expect.poll(() => srv.server.registry.get(sessionId)?.snapshot.autoApprove).toBe(true);
    const tablets = await seatTablets(stage, code, ids, ['en-US', 'zh-CN']);

    // Round 1 of the plan: the Rosenberg pre-test; both children say "not today" and it closes by itself.
    await page.locator('[data-testid="plan-item"][data-index="0"][data-next="true"]').getByTestId('plan-start').click();
    await page.locator('[data-testid="round-current"][data-activity="checkin"]').waitFor();
    for (const t of tablets) await t.getByTestId('checkin-not-today').click();
    await page.getByTestId('round-none').waitFor();
    // Round 2: the name round, next in the plan.
    const next = page.locator('[data-testid="plan-item"][data-next="true"]');
    expect(await next.getAttribute('data-index')).toBe('1');
    await next.getByTestId('plan-start').click();
    await page.locator('[data-testid="round-current"][data-activity="pass-star"]').waitFor();
    await page.getByTestId('plan-session').scrollIntoViewIfNeeded();
    await shot(page, 'programme-live-en');
    await page.getByTestId('lang-zh-CN').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await shot(page, 'programme-live-zh');
    expect(devices.problems).toEqual([]);
  });
});
