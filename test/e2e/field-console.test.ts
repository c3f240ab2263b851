// End to end in real Chromium, the console at 1280×800 in Chinese and English: a refused form worded in the page's
// language from the server's codes, no avatar given twice (the picker does not offer a used one, the server
// refuses a race with a clear message), and consent to take part confirmed before a session starts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../shared/api/schemas';
import { shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-field-console-');
const CONSOLE = { width: 1280, height: 800 };

/** The text of the page's error box once it shows. */
async function errorMessage(page: Page): Promise<string> {
  await page.getByTestId('error-message').waitFor();
  return page.getByTestId('error-message').innerText();
}

describe('console forms and consent', () => {
  it('words refused fields in Chinese, never offers a used avatar, and asks before starting without consent', async () => {
    const { srv, devices } = stage;
    const page = await devices.open({ locale: 'zh-CN', ...CONSOLE });
    await page.goto(`${srv.url}/console`);
    await page.getByTestId('setup-code').fill(srv.setupCode);
    await page.getByTestId('setup-username').fill('li ming');
    await page.getByTestId('setup-display-name').fill('李明');
    await page.getByTestId('setup-password').fill('a good password');
    await page.getByTestId('setup-submit').click();
    const refused = await errorMessage(page);
    expect(refused).toContain('用户名');
    expect(refused).not.toMatch(/letters|digits|only/);
    await shot(page, 'console-setup-refused-zh');
    await page.getByTestId('setup-username').fill('liming');
    await page.getByTestId('setup-submit').click();

    await page.getByTestId('new-group-name').fill('向日葵组');
    await page.getByTestId('new-group-submit').click();
    await page.getByTestId('group-title').filter({ hasText: '向日葵组' }).waitFor();
    const groupId = new URL(page.url()).hash.split('/').at(-1)!;
    for (const [nickname, avatar] of [
      ['咪咪', 'cat'],
      ['Bo', 'dog'],
    ] as const) {
      await page.getByTestId('child-nickname').fill(nickname);
      await page.locator(`[data-testid="avatar-option"][data-avatar="${avatar}"]`).click();
      await page.getByTestId('add-child').click();
      await page.getByTestId('roster-row').filter({ hasText: nickname }).waitFor();
    }
    // Used avatars are not offered to the next child.
    for (const used of ['cat', 'dog']) expect(await page.locator(`[data-testid="avatar-option"][data-avatar="${used}"]`).isDisabled()).toBe(true);

    // A colleague gives the fox away while this form is open: the server refuses, naming who has it, in Chinese.
    const colleague = new StaffClient(srv.url);
    await colleague.login('liming', 'a good password');
    await colleague.ok('POST', `/groups/${groupId}/children`, { nickname: '小狐', avatar: 'fox' });
    await page.getByTestId('child-nickname').fill('乐乐');
    await page.locator('[data-testid="avatar-option"][data-avatar="fox"]').click();
    await page.getByTestId('add-child').click();
    const clash = await errorMessage(page);
    expect(clash).toContain('小狐');
    expect(clash).toContain('小动物');
    await shot(page, 'console-avatar-taken-zh');

    // Nobody's consent is ticked: starting names the children and asks; "cancel" starts nothing.
    await page.reload();
    await page.getByTestId('start-session').click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    for (const name of ['咪咪', 'Bo', '小狐']) expect(await dialog.innerText()).toContain(name);
    await shot(page, 'console-consent-confirm-zh');
    await page.getByTestId('confirm-cancel').click();
    expect((await colleague.ok<GroupDetail>('GET', `/groups/${groupId}`)).liveSessionId).toBeNull();

    // In English, with two consents ticked: only the third child is named; starting anyway is recorded.
    const kids = (await colleague.ok<GroupDetail>('GET', `/groups/${groupId}`)).roster;
    for (const k of kids.slice(0, 2)) await colleague.ok('PUT', `/groups/${groupId}/children/${k.id}/consent`, { participation: true, research: false });
    await page.getByTestId('lang-en').click();
    await page.reload();
    await page.getByTestId('start-session').click();
    await dialog.waitFor();
    const words = await dialog.innerText();
    expect(words).toContain('小狐');
    expect(words).not.toContain('咪咪');
    await shot(page, 'console-consent-confirm-en');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('join-code').waitFor();
    expect((await srv.server.audit.list()).filter((e) => e.action === 'session.started_without_consent' && e.subject === groupId)).toHaveLength(1);
    expect(devices.problems).toEqual([]);
  });
});
