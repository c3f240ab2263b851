// End to end in real Chromium: every page in zh-CN with data in it (the demo's two sessions, a live session with a
// tablet and the screen) shows no English outside an explicit allow-list: names, codes, a few fixed acronyms, and
// what is marked as deliberately English (an instrument's English wording, lang="en") or as code (file paths).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../shared/api/schemas';
import { playDemo } from '../../scripts/demo/play';
import { shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-zh-walk-');
const PASSWORD = 'long enough pw';
/** Latin that belongs on a Chinese page: acronyms, statistics' and scales' proper names, the brand. */
// OTHER is the literal code an export writes for a child without research consent; UTC (or an IANA zone name) is the report's time zone.
const ALLOWED = new Set([
  'RSES',
  'SPSS',
  'CSV',
  'PDF',
  'QR',
  'SD',
  'RCI',
  'CI',
  'df',
  'S_diff',
  's_d',
  'd_z',
  'g_z',
  'Excel',
  'UTF',
  'BOM',
  'Wilcoxon',
  'Hodges',
  'Lehmann',
  'Rosenberg',
  'Maryland',
  'Gini',
  'English',
  'Circletime',
  'A4',
  'OTHER',
  'UTC',
  'Word',
]);

/** Latin words on the page that are neither allowed nor a name or code from `data`; URLs and e-mail-like bits are skipped. */
async function englishOn(page: Page, names: ReadonlySet<string>): Promise<string[]> {
  const text = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="en"], code, script, style, details:not([open])')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(n.textContent ?? '');
    }
    return out.join(' ');
  });
  const words = text.replace(/https?:\/\/\S+/g, ' ').match(/[A-Za-z][A-Za-z_'’*-]*[A-Za-z]/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w) && !names.has(w)))];
}

describe('Chinese pages', () => {
  it('show no English words outside names, codes and the allow-list', async () => {
    const { srv, devices } = stage;
    const admin = new StaffClient(srv.url);
    await admin.setup(srv.setupCode, 'ana', PASSWORD);
    const { groupId } = await playDemo({ url: srv.url, username: 'ana', password: PASSWORD, lang: 'zh-CN', log: () => undefined, pace: 0.25 });
    const group = await admin.ok<GroupDetail>('GET', `/groups/${groupId}`);
    const names = new Set<string>(['ana', 'Ana']);
    for (const c of [...group.roster, ...group.formerChildren]) for (const w of `${c.nickname} ${c.code}`.split(/[^A-Za-z]+/)) if (w) names.add(w);

    const found: Record<string, string[]> = {};
    const visit = async (page: Page, name: string, ready: () => Promise<unknown>) => {
      await ready();
      await shot(page, `zh-walk-${name}`);
      const english = await englishOn(page, names);
      if (english.length) found[name] = english;
    };

    const console = await devices.open({ locale: 'zh-CN', width: 1280, height: 800, cookie: admin.cookie });
    const go = (hash: string) => console.goto(`${srv.url}/console#${hash}`);
    await go('/groups');
    await visit(console, 'console-groups', () => console.getByTestId('group-link').first().waitFor());
    await go(`/groups/${groupId}`);
    await visit(console, 'console-group', () => console.locator('[data-testid="programme-session"]').first().waitFor());
    await go('/instruments');
    await visit(console, 'console-instruments', () => console.getByTestId('instrument-card').first().waitFor());
    await go('/staff');
    await visit(console, 'console-staff', () => console.getByTestId('staff-list').waitFor());

    // A live session with the screen and one tablet, all in Chinese.
    const session = await admin.startSession(groupId);
    await go(`/sessions/${session.id}`);
    await visit(console, 'console-live', () => console.getByTestId('rounds-panel').waitFor());
    const screen = await devices.open({ locale: 'zh-CN', width: 1920, height: 1080 });
    await screen.goto(`${srv.url}${session.screenUrl}`);
    await visit(screen, 'screen-lobby', () => screen.waitForSelector('body[data-scene-ready="true"]'));
    const tablet = await devices.open({ locale: 'zh-CN', width: 1024, height: 768 });
    await tablet.goto(`${srv.url}/j/${session.code}`);
    await visit(tablet, 'tablet-choose', () => tablet.getByTestId('choosing').waitFor());

    const review = await devices.open({ locale: 'zh-CN', width: 1280, height: 800, cookie: admin.cookie });
    const tab = (path: string) => review.goto(`${srv.url}/review#/groups/${groupId}${path}`);
    await review.goto(`${srv.url}/review#/groups`);
    await visit(review, 'review-groups', () => review.getByTestId(`review-group-${groupId}`).waitFor());
    await tab('');
    await visit(review, 'review-overview', () => review.locator('[data-testid="trend-chart"] svg').waitFor());
    await tab('/sessions/1');
    await visit(review, 'review-replay', () => review.getByTestId('replay-timeline').waitFor());
    await tab('/prepost');
    await visit(review, 'review-prepost', () => review.getByTestId('prepost-table').waitFor());
    await tab('/report');
    await visit(review, 'review-report', () => review.locator('[data-testid="report-ready"]').waitFor({ state: 'attached' }));
    await tab('/exports');
    await visit(review, 'review-exports', () => review.getByTestId('export-left-out').waitFor());

    expect(found).toEqual({});
    expect(devices.problems).toEqual([]);
  });
});
