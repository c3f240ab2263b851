// End to end in real Chromium: the live console is a cockpit on a 1280×800 laptop: with eight children (two waiting
// for approval) and a round running, the seats, Approve, the round's controls, eyes on me and end session are all in
// view without scrolling, in English and Chinese; a Tag popover opens on screen; approving from the banner seats the child.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TabletView } from '../../shared/session/views';
import { shot } from '../support/browser';
import { openConsole, useStage } from '../support/e2e-stage';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-cockpit-');
const KIDS: [string, 'cat' | 'dog' | 'panda' | 'owl' | 'fox' | 'bee' | 'frog' | 'lion'][] = [
  ['Mimi', 'cat'],
  ['Bo', 'dog'],
  ['小明', 'panda'],
  ['Lulu', 'owl'],
  ['Kit', 'fox'],
  ['Bea', 'bee'],
  ['Fen', 'frog'],
  ['Leo', 'lion'],
];

/** Test ids whose element is not wholly inside the 1280×800 viewport (at the page's current scroll, which is the top). */
async function outOfView(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const out: string[] = [];
    for (const sel of sels) {
      const els = [...document.querySelectorAll(sel)];
      if (els.length === 0) out.push(`${sel}: missing`);
      for (const el of els) {
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth)
          out.push(`${sel} ${Math.round(r.top)}..${Math.round(r.bottom)}`);
      }
    }
    return out;
  }, selectors);
}

describe('the live console cockpit', () => {
  it('shows seats, Approve, round controls, eyes on me and end session without scrolling at 1280×800', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren('Kites 风筝', KIDS, false);
    const session = await staff.startSession(group.id);
    const sockets: { close(): unknown }[] = [];
    try {
      const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 800 });
      const tablets = children.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code!, seatToken: seatToken() }));
      sockets.push(...tablets.map((t) => t.socket));
      for (const [i, t] of tablets.entries()) {
        await t.until((v) => v.status === 'choosing');
        await t.send({ type: 'seat.claim', childId: children[i]!.id });
        await t.until((v) => v.status === 'waiting');
        if (i < 6) await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[i]!.id}"] [data-testid="approve-seat"]`).click();
        if (i < 6) await t.until((v) => v.status === 'seated');
      }
      await consolePage.getByTestId('start-now-activity').selectOption('pass-star');
      await consolePage.getByTestId('start-now').click();
      await consolePage.locator('[data-testid="round-current"][data-activity="pass-star"]').waitFor();
      const must = [
        '[data-testid="eyes-toggle"]',
        '[data-testid="end-session"]',
        '[data-testid="new-code"]',
        '[data-testid="round-pause"]',
        '[data-testid="round-end"]',
        '[data-testid="seat-row"]',
        '[data-testid="waiting-banner"] [data-testid="banner-approve"]',
      ];
      for (const lang of ['en', 'zh-CN']) {
        if (lang === 'zh-CN') await consolePage.getByTestId('lang-zh-CN').click();
        await consolePage.evaluate(() => window.scrollTo(0, 0));
        await shot(consolePage, `cockpit-console-${lang}`);
        expect(await outOfView(consolePage, must)).toEqual([]);
      }
      // The observation popover of the last seat opens wholly on screen.
      await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[5]!.id}"] [data-testid="tag-child"]`).click();
      await consolePage.getByTestId('tag-popover').waitFor();
      expect(await outOfView(consolePage, ['[data-testid="tag-popover"]'])).toEqual([]);
      await shot(consolePage, 'cockpit-tag-popover-zh');
      await consolePage.getByTestId('tag-cancel').click();
      // Approving from the banner seats the child.
      await consolePage.locator(`[data-testid="waiting-banner"] [data-testid="banner-approve"][data-child-id="${children[6]!.id}"]`).click();
      await tablets[6]!.until((v) => v.status === 'seated');
    } finally {
      for (const s of sockets) s.close();
    }
    expect(devices.problems).toEqual([]);
  });
});
