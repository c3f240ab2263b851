// End to end in real Chromium: guardian consent ticks save at once; an admin dates the group and erases a child; a facilitator cannot.
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../shared/api/schemas';
import { shot } from '../support/browser';
import { colleague, playSession } from '../support/data-controls';
import { useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('h1-e2e-data-');

describe('children’s data controls on the console', () => {
  it('saves consent per tick, sets the retention date and erases a child (admin); a facilitator sees neither control', async () => {
    const { srv, devices } = stage;
    const admin = new StaffClient(srv.url);
    await admin.setup(srv.setupCode);
    const { group, children } = await admin.groupWithChildren(
      'Sunflowers',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Lulu', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    await playSession(srv.url, admin, group.id, ids, async ({ tablets }) => {
      await tablets[2]!.send({ type: 'wave' });
    });
    const { client: fran, me } = await colleague(srv.url, admin, 'fran', 'facilitator');
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'facilitator' });

    const page = await devices.open({ locale: 'en-US', width: 1440, height: 1000, cookie: admin.cookie });
    await page.goto(`${srv.url}/console#/groups/${group.id}`);
    const row = (id: string) => page.locator(`[data-testid="roster-row"][data-child-id="${id}"]`);
    await row(ids[0]!).waitFor();

    // Each tick is saved straight away and says so.
    await row(ids[0]!).getByTestId('consent-participation').check();
    await row(ids[0]!).locator('[data-testid="consent-status"][data-state="saved"]').waitFor();
    await row(ids[0]!).getByTestId('consent-research').check();
    await row(ids[0]!).locator('[data-testid="consent-status"][data-state="saved"]').waitFor();
    await expect
      .poll(async () => (await admin.ok<GroupDetail>('GET', `/groups/${group.id}`)).roster[0]!.consent)
      .toEqual({ participation: true, research: true });
    expect(await row(ids[0]!).getByTestId('consent-status').innerText()).toContain('Saved');

    // The retention date: saved, shown in words, removable.
    await page.getByTestId('retention-date').fill('2031-06-30');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-status').filter({ hasText: '2031' }).waitFor();
    expect((await admin.ok<GroupDetail>('GET', `/groups/${group.id}`)).retainUntil).toBe('2031-06-30');
    await shot(page, 'data-controls-admin-en');

    // Erasing asks first, in plain words; cancelling changes nothing.
    await row(ids[2]!).getByTestId('erase-child').click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toMatch(/Erase all of Lulu’s data\?.*cannot be undone/s);
    await page.getByTestId('confirm-cancel').click();
    expect(await row(ids[2]!).count()).toBe(1);
    await row(ids[2]!).getByTestId('erase-child').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('erased-child').waitFor();
    expect(await row(ids[2]!).count()).toBe(0);
    expect(await page.getByTestId('former-children').innerText()).not.toContain('Lulu');
    expect(await page.getByTestId('erased-child').innerText()).toContain('Erased child');
    await shot(page, 'data-controls-erased-en');
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('erased-child').filter({ hasText: '已删除的孩子' }).waitFor();
    await shot(page, 'data-controls-erased-zh');

    await page.getByTestId('retention-clear').click();
    await page.getByTestId('retention-status').filter({ hasText: '未设删除日期' }).waitFor();

    // A facilitator records consent but neither erases nor dates the group.
    const other = await devices.open({ locale: 'en-US', width: 1440, height: 1000, cookie: fran.cookie });
    await other.goto(`${srv.url}/console#/groups/${group.id}`);
    await other.getByTestId('roster-row').first().waitFor();
    await other.getByTestId('erased-child').waitFor();
    expect(await other.getByTestId('erase-child').count()).toBe(0);
    expect(await other.getByTestId('retention-date').count()).toBe(0);
    expect(await other.getByTestId('consent-research').first().isEnabled()).toBe(true);
    expect(devices.problems).toEqual([]);
  });
});
