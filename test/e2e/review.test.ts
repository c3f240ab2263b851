// End to end in real Chromium: after the demo's two-session programme (played through the real server), a reviewer
// reads trends and the sociogram, replays a session, opens pre/post, downloads exports and prints the report in both
// languages; a facilitator without access to the group is refused on every review page and API.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GroupDetail, StaffInfo } from '../../shared/api/schemas';
import { playDemo } from '../../scripts/demo/play';
import { SCREENSHOTS, shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-review-');
const PASSWORD = 'long enough pw';

async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-groups').waitFor();
}

/** Prints the report tab to an A4 PDF, turns each page into a PNG (looked at by people) and returns the PDF's text. */
async function printReport(page: Page, name: string): Promise<{ pages: string[]; text: string }> {
  await page.locator('[data-testid="report-ready"]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SCREENSHOTS, `${name}.pdf`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const prefix = join(SCREENSHOTS, name);
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(SCREENSHOTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, prefix]);
  const pages = readdirSync(SCREENSHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  return { pages, text };
}

async function download(page: Page, testid: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await file.path();
  // Keeps the BOM: the test sees the bytes Excel sees.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
}

describe('review for workers', () => {
  it('a reviewer reads trends, replays, runs pre/post, exports and prints; an outsider is refused everywhere', async () => {
    const { srv, devices } = stage;
    const admin = new StaffClient(srv.url);
    await admin.setup(srv.setupCode, 'ana', PASSWORD);
    // Pauses for airtime at a quarter of real time: the same events, a shorter wait.
    const { groupId } = await playDemo({ url: srv.url, username: 'ana', password: PASSWORD, log: () => undefined, pace: 0.25 });
    const rita = await admin.ok<StaffInfo>('POST', '/staff', { username: 'rita', displayName: 'Rita', password: PASSWORD, role: 'reviewer' });
    await admin.ok('POST', '/staff', { username: 'fred', displayName: 'Fred', password: PASSWORD, role: 'facilitator' });
    const group = await admin.ok<GroupDetail>('GET', `/groups/${groupId}`);
    const unconsented = group.roster.filter((c) => !c.consent?.research);
    expect(unconsented.length).toBeGreaterThan(0);

    // The admin gives Rita the group on the console's staff page.
    const adminPage = await devices.open({ locale: 'en-US', width: 1280, height: 900, cookie: admin.cookie });
    await adminPage.goto(`${srv.url}/console#/staff`);
    const cell = adminPage.locator(`[data-testid="access-select"][data-group-id="${groupId}"][data-staff-id="${rita.id}"]`);
    await expect.poll(() => cell.isEnabled()).toBe(true);
    await cell.selectOption('reviewer');
    await adminPage.getByTestId('access-saved').waitFor();
    await shot(adminPage, 'console-staff-access-en');

    // The reviewer signs in on the review page and opens the demo group from the list.
    const page = await devices.open({ locale: 'en-US', width: 1280, height: 900 });
    await signIn(page, `${srv.url}/review`, 'rita');
    await page.getByTestId(`review-group-${groupId}`).click();
    await page.getByTestId('review-group-name').filter({ hasText: group.name }).waitFor();

    // Overview: per-child trends and the pass sociogram drawn as SVG with the children's names.
    const someName = group.roster[0]!.nickname;
    await page.locator('[data-testid="trend-chart"] svg').waitFor();
    await expect.poll(() => page.getByTestId('trend-chart').textContent()).toContain(someName);
    await page.locator('[data-testid="equality-chart"] svg').waitFor();
    await page.locator('[data-testid="sociogram-chart"] svg').waitFor();
    await expect
      .poll(async () => (await page.getByTestId('sociogram-chart').textContent()) ?? '')
      .toMatch(new RegExp(group.roster.map((c) => c.nickname).join('|')));
    await shot(page, 'review-overview-en');

    // Replay session 1 to the moment a star was passed: the state shows the child who received it holding it.
    await page.getByTestId('tab-replay').click();
    await page.getByTestId('replay-session-1').click();
    await page.getByTestId('replay-timeline').waitFor();
    const passLine = page
      .locator('[data-testid^="replay-line-"]')
      .filter({ hasText: /passed the star to/ })
      .first();
    const sentence = (await passLine.textContent()) ?? '';
    const receiver = group.roster.map((c) => c.nickname).find((n) => sentence.includes(`passed the star to ${n}`));
    expect(receiver, sentence).toBeTruthy();
    await passLine.click();
    await expect.poll(() => passLine.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.getByTestId('replay-turn').textContent()).toContain(receiver!);
    const scrubbed = Number(await page.getByTestId('replay-scrubber').inputValue());
    expect(scrubbed).toBeGreaterThan(0);
    await shot(page, 'review-replay-en');

    // Pre/post: first and last RSES, research-consented children by default (what the exports reproduce); every one
    // of them listed, with or without a pair, and the others named as not in the analysis.
    await page.getByTestId('tab-prepost').click();
    await page.getByTestId('prepost-table').waitFor();
    await expect.poll(() => page.getByTestId('prepost-instrument').inputValue()).toContain('rses');
    expect(await page.getByTestId('prepost-population-research').isChecked()).toBe(true);
    for (const c of group.roster) expect(await page.getByTestId(`prepost-row-${c.id}`).count(), c.nickname).toBe(c.consent?.research ? 1 : 0);
    const usedSet = (await page.getByTestId('prepost-population').textContent()) ?? '';
    expect(usedSet).toContain('only those with research consent');
    for (const c of unconsented) expect(usedSet).toContain(c.nickname);
    // The internal service evaluation takes every child, and says it is for internal use.
    await page.getByTestId('prepost-population-all').check();
    await expect.poll(() => page.getByTestId('prepost-population').getAttribute('data-population')).toBe('all');
    for (const c of group.roster) expect(await page.getByTestId(`prepost-row-${c.id}`).count(), c.nickname).toBe(1);
    expect(await page.getByTestId('prepost-population').textContent()).toContain('internal use only');
    await shot(page, 'review-prepost-all-en');
    await page.getByTestId('prepost-population-research').check();
    await expect.poll(() => page.getByTestId('prepost-population').getAttribute('data-population')).toBe('research');
    await expect.poll(() => page.getByTestId('prepost-ttest').textContent()).toMatch(/t\s*\(/);
    await expect.poll(() => page.getByTestId('prepost-wilcoxon').textContent()).toMatch(/W/);
    expect(((await page.getByTestId('prepost-notes').textContent()) ?? '').length).toBeGreaterThan(40);
    await shot(page, 'review-prepost-en');

    // Exports: CSV with BOM and codes only, SPSS syntax with labels; un-consented children are in neither.
    await page.getByTestId('tab-exports').click();
    const measures = await download(page, 'export-measures-csv');
    expect(measures.startsWith('\uFEFFcode,session,')).toBe(true);
    expect(measures).toContain('\r\n');
    const sps = await download(page, 'export-measures-sps');
    expect(sps).toContain('VARIABLE LABELS');
    expect(sps).toContain('VALUE LABELS');
    const rses = await download(page, 'export-checkins-rses-csv');
    expect(rses.startsWith('\uFEFFcode,session,instrument,')).toBe(true);
    for (const file of [measures, rses]) {
      for (const c of unconsented) expect(file).not.toContain(c.code);
      for (const c of group.roster) expect(file).not.toContain(c.nickname);
    }
    for (const c of group.roster.filter((x) => x.consent?.research)) expect(measures).toContain(c.code);
    // Staff notes only when ticked, with a warning that names may remain.
    expect(await page.getByTestId('export-free-text-warning').count()).toBe(0);
    await page.getByTestId('export-free-text').check();
    await page.getByTestId('export-free-text-warning').waitFor();
    expect(await page.getByTestId('export-events-csv').getAttribute('href')).toMatch(/events\.csv\?freeText=1$/);
    await shot(page, 'review-exports-free-text-en');
    const exportsAudited = (await srv.server.audit.list()).filter((a) => a.action === 'export' && a.subject === groupId && a.staffId === rita.id);
    expect(exportsAudited.length).toBe(3);

    // The printed report, in English then in Chinese: A4 pages turned into pictures.
    await page.getByTestId('tab-report').click();
    const en = await printReport(page, 'review-report-en');
    expect(en.pages.length).toBeGreaterThanOrEqual(2);
    expect(en.text).toContain(group.name);
    expect(en.text).toMatch(/Facilitators\s+Ana/);
    expect(en.text).toMatch(/Pre\/post|pre\/post/);
    // The report's pre/post is the research-consented set, and says so; dates say their zone.
    expect(en.text).toMatch(/only those with research\s+consent/);
    expect(en.text).toMatch(/time zone \(/);
    await page.getByTestId('lang-zh-CN').click();
    await page.locator('[data-testid="report"]:lang(zh-CN), html[lang="zh-CN"] [data-testid="report"]').first().waitFor();
    const zh = await printReport(page, 'review-report-zh');
    expect(zh.pages.length).toBeGreaterThanOrEqual(2);
    expect(zh.text).toContain('前后测');
    expect(zh.text).toMatch(/只包括获得研究同意的孩子/);
    // The other tabs in Chinese too: chart labels and the replay's sentences.
    await page.getByTestId('tab-overview').click();
    await page.locator('[data-testid="trend-chart"] svg').waitFor();
    await expect.poll(() => page.getByTestId('overview-sessions').textContent()).toContain('出勤');
    await shot(page, 'review-overview-zh');
    await page.getByTestId('tab-replay').click();
    await page.getByTestId('replay-session-1').click();
    await expect.poll(() => page.getByTestId('replay-timeline').textContent()).toMatch(/传给|星星/);
    await shot(page, 'review-replay-zh');

    // A facilitator without access to the group: refused on every review page and every review API.
    const fredPage = await devices.open({ locale: 'en-US', width: 1280, height: 900 });
    await signIn(fredPage, `${srv.url}/review`, 'fred');
    await fredPage.getByTestId('review-page').waitFor();
    await expect.poll(() => fredPage.locator(`[data-testid="review-group-${groupId}"]`).count()).toBe(0);
    for (const tab of ['', '/sessions', '/sessions/1', '/prepost', '/report', '/exports']) {
      // A fresh page load for each tab, so a refusal still on screen from the tab before is never the one found.
      await fredPage.goto('about:blank');
      await fredPage.goto(`${srv.url}/review#/groups/${groupId}${tab}`);
      // A load that failed for another reason (a busy CI machine) offers Retry, as it would to a worker; the answer
      // after it must still be a refusal. What failed is printed, so a real fault is not hidden.
      for (let tries = 1; ; tries++) {
        const answer = fredPage.locator('[data-testid="review-refused"], [data-testid="review-failed"]').first();
        await answer.waitFor();
        if ((await answer.getAttribute('data-testid')) === 'review-refused') break;
        console.warn(`review load failed for ${tab || 'overview'} (try ${tries}): ${await answer.textContent()}`);
        expect(tries, `review load for ${tab || 'overview'} kept failing`).toBeLessThan(3);
        await fredPage.getByTestId('review-failed').getByRole('button').click();
        await fredPage.getByTestId('review-failed').waitFor({ state: 'detached' });
      }
      expect(await fredPage.locator('[data-testid="review-group-name"]').textContent()).toBe('');
    }
    await shot(fredPage, 'review-refused-en');
    const fred = new StaffClient(srv.url);
    await fred.login('fred', PASSWORD);
    const apis = [
      '',
      '/sessions/1/events',
      '/sessions/2/events',
      '/export/measures.csv',
      '/export/measures.sps',
      '/export/checkins-rses.csv',
      '/export/checkins-rses.sps',
      '/export/events.csv',
    ];
    for (const path of apis) expect((await fred.call('GET', `/review/groups/${groupId}${path}`).catch(() => ({ status: 0 }))).status, path).toBe(404);
    for (const path of ['', '/programme']) expect((await fred.call('GET', `/groups/${groupId}${path}`)).status, path).toBe(404);

    // Fred leaves the centre: the admin deactivates him on the staff page and his open login stops working.
    await adminPage.goto(`${srv.url}/console#/staff`);
    await adminPage.locator('[data-testid="staff-row"][data-username="fred"] [data-testid="staff-deactivate"]').click();
    await adminPage.getByTestId('confirm-ok').click();
    await adminPage.locator('[data-testid="staff-row"][data-username="fred"][data-active="false"]').waitFor();
    expect((await fred.call('GET', '/me')).status).toBe(401);
    expect(devices.problems).toEqual([]);
  }, 300_000);
});
