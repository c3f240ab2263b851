// End to end in real Chromium: Spotlight, check-in, Strength Garden and Pass the Star targets ≥ 64 px on phones and tablets.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { targetProblems, watchTapListeners } from '../support/targets';

const stage = useStage('ct-e2e-child-targets-');

const DEVICES = [
  { name: 'phone-en', locale: 'en-US', width: 390, height: 844 },
  { name: 'phone-zh', locale: 'zh-CN', width: 390, height: 844 },
  { name: 'tablet-en', locale: 'en-US', width: 1024, height: 768 },
  { name: 'tablet-zh', locale: 'zh-CN', width: 1024, height: 768 },
] as const;
// Long names where names show; the last two are played over sockets, so the grids of friends are fuller.
const KIDS: [string, 'cat' | 'dog' | 'panda' | 'owl' | 'fox' | 'bee'][] = [
  ['Alexandrina', 'cat'],
  ['欧阳晓晓', 'dog'],
  ['Bartholomew', 'panda'],
  ['司马小明', 'owl'],
  ['Lulu', 'fox'],
  ['Kit', 'bee'],
];

describe('finger-sized targets in every activity', () => {
  it('keeps Spotlight, the check-in, Strength Garden and Pass the Star targets ≥ 64 px, apart and reachable', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren('Targets 手指', KIDS, true);
    const ids = children.map((c) => c.id);
    const session = await staff.startSession(group.id);
    const sockets: { close(): unknown }[] = [];
    const found: Record<string, string[]> = {};
    try {
      const pages: Page[] = [];
      for (const [i, d] of DEVICES.entries()) {
        const page = await devices.open({ locale: d.locale, width: d.width, height: d.height });
        await watchTapListeners(page);
        await page.goto(`${srv.url}/j/${session.code}`);
        await page.locator(`[data-testid="choose-avatar"][data-child-id="${ids[i]}"]`).click();
        await page.locator(`[data-testid="seated"][data-child-id="${ids[i]}"]`).waitFor();
        pages.push(page);
      }
      for (const i of [4, 5]) {
        const t = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code!, seatToken: seatToken() });
        sockets.push(t.socket);
        await t.until((v) => v.status === 'choosing');
        await t.send({ type: 'seat.claim', childId: ids[i]! });
        await t.until((v) => v.status === 'seated');
      }
      const staffSocket = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie });
      sockets.push(staffSocket.socket);
      await staffSocket.until((v) => v.seats.length === KIDS.length);
      const send = async (intent: Parameters<typeof staffSocket.send>[0]) => expect(await staffSocket.send(intent)).toMatchObject({ ok: true });

      /** Measures one page in one state and keeps its screenshot. */
      const measure = async (i: number, state: string) => {
        const page = pages[i]!;
        await shot(page, `targets-${state}-${DEVICES[i]!.name}`);
        const problems = await targetProblems(page);
        if (problems.length) found[`${state} ${DEVICES[i]!.name}`] = problems;
      };

      // Spotlight: each child is offered the stage (card, ready, another card, pass), then presents (done); the others
      // watch and cheer; after the turn, the kind word.
      await send({ type: 'round.start', activity: 'spotlight' });
      for (const [i, page] of pages.entries()) {
        await send({ type: 'spotlight.offer', childId: ids[i]! });
        await page.getByTestId('spotlight-card').waitFor();
        await page.getByTestId('spotlight-another').waitFor();
        await measure(i, 'spotlight-offered');
        if (i === 0) {
          for (const k of [1, 2, 3]) {
            await pages[k]!.locator(`[data-testid="spotlight-presenter"][data-child-id="${ids[0]}"]`).waitFor();
            await measure(k, 'spotlight-audience-offered');
          }
        }
        await page.getByTestId('spotlight-ready').click();
        await page.getByTestId('spotlight-done').waitFor();
        await measure(i, 'spotlight-presenting');
        if (i === 1) {
          for (const k of [0, 2, 3]) {
            await pages[k]!.locator(`[data-testid="spotlight-presenter"].presenting[data-child-id="${ids[1]}"]`).waitFor();
            await measure(k, 'spotlight-audience-presenting');
          }
        }
        await page.getByTestId('spotlight-done').click();
        await page.getByTestId('spotlight-kind-note').waitFor();
        await measure(i, 'spotlight-thanks');
      }
      await pages[0]!.getByTestId('spotlight-idle').waitFor();
      await measure(0, 'spotlight-idle');
      await send({ type: 'round.end' });

      // The check-in: assent, then faces (the five-answer daily check-in) and thumbs (Rosenberg), with back and skip.
      for (const instrument of ['daily-5', 'rses']) {
        await send({ type: 'round.start', activity: 'checkin', settings: { instrument } });
        for (const [i, page] of pages.entries()) {
          await page.getByTestId('checkin-assent').waitFor();
          if (instrument === 'daily-5') await measure(i, 'checkin-assent');
          await page.getByTestId('checkin-yes').click();
          await page.locator('[data-testid="checkin-item"][data-index="0"]').waitFor();
          await page.getByTestId('checkin-option').first().click();
          await page.getByTestId('checkin-back').waitFor();
          await measure(i, `checkin-${instrument}`);
        }
        await send({ type: 'round.end' });
      }

      // Strength Garden: the deck and the picks tray, then choosing a friend and a card to give them.
      await send({ type: 'round.start', activity: 'strength-garden' });
      for (const [i, page] of pages.entries()) {
        await page.getByTestId('garden-card').first().waitFor();
        await measure(i, 'garden-pick');
        for (const k of [0, 1, 2]) {
          await page.getByTestId('garden-card').nth(k).locator('.garden-card-main').click();
          await page.locator('.garden-slot.filled').nth(k).waitFor();
        }
        await measure(i, 'garden-picked');
      }
      await send({ type: 'garden.set-phase', phase: 'give' });
      for (const [i, page] of pages.entries()) {
        await page.getByTestId('garden-peer').first().waitFor();
        await measure(i, 'garden-friends');
        await page.getByTestId('garden-peer').first().click();
        await page.getByTestId('garden-give-card').first().waitFor();
        await measure(i, 'garden-give');
      }
      await send({ type: 'round.end' });

      // Pass the Star: each of the four holds it in turn.
      await send({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator' } });
      await send({ type: 'star.give', to: ids[0]! });
      for (const [i, page] of pages.entries()) {
        await page.getByTestId('star-holder-view').waitFor();
        await measure(i, 'star-holder');
        if (i < pages.length - 1) await page.locator(`[data-testid="star-target"][data-child-id="${ids[i + 1]}"]`).click();
      }
    } finally {
      for (const s of sockets) s.close();
    }
    expect(found).toEqual({});
    expect(devices.problems).toEqual([]);
  });
});
