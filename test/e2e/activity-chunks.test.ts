// The screen and the console load an activity's scene or controls only when needed, and never show a half-loaded round:
// with the activity chunks held back, the screen draws its lobby and keeps it while the round's scene is on its way.
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { guardPage, shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-activity-chunks-');

/** Holds back every request for one kind of activity chunk until `release`; `held` lists what was asked for. */
async function holdChunks(page: Page, pattern: RegExp): Promise<{ held: string[]; release: () => Promise<void> }> {
  const waiting: Route[] = [];
  const held: string[] = [];
  let open = false;
  await page.route(pattern, (route) => {
    if (open) return route.continue();
    held.push(route.request().url());
    waiting.push(route);
  });
  return {
    held,
    release: async () => {
      open = true;
      await Promise.all(waiting.splice(0).map((r) => r.continue()));
    },
  };
}

// Each activity's screen scene is built from its `scene-entry.ts`, its console form and controls from its `ui.ts`.
/**
 * A page whose requests all pass `page.route`: the offline shell's service worker, once it controls a page, fetches
 * the page's scripts itself, out of the route's sight (the shell has tests of its own).
 */
async function openPage(contexts: BrowserContext[], problems: string[], opts: { width: number; height: number; cookie?: string }): Promise<Page> {
  const context = await stage.browser.newContext({ locale: 'en-US', viewport: { width: opts.width, height: opts.height }, serviceWorkers: 'block' });
  contexts.push(context);
  if (opts.cookie) {
    const [name, value] = opts.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: stage.srv.url }]);
  }
  const page = await context.newPage();
  guardPage(page, problems);
  return page;
}

const SCENE_CHUNK = /\/assets\/scene-entry-[^/]+\.js$/;
const UI_CHUNK = /\/assets\/ui-[^/]+\.js$/;

describe('activity chunks', () => {
  it('the screen draws its lobby without any activity scene and keeps it until the round scene is here; the console fills its controls when they arrive', async () => {
    const { srv } = stage;
    const contexts: BrowserContext[] = [];
    const problems: string[] = [];
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Chunks',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const session = await staff.startSession(group.id);
    const sockets: { close(): unknown }[] = [];
    try {
      const tablets = children.map((c) => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code!, seatToken: seatToken() }));
      sockets.push(...tablets.map((t) => t.socket));
      for (const [i, t] of tablets.entries()) {
        await t.until((v) => v.status === 'choosing');
        await t.send({ type: 'seat.claim', childId: children[i]!.id });
        await t.until((v) => v.status === 'seated');
      }

      const screen = await openPage(contexts, problems, { width: 1920, height: 1080 });
      const scenes = await holdChunks(screen, SCENE_CHUNK);
      await screen.goto(`${srv.url}${session.screenUrl}`);
      await screen.waitForSelector('body[data-scene-ready="true"][data-stage="lobby"]');

      const consolePage = await openPage(contexts, problems, { width: 1440, height: 1000, cookie: staff.cookie });
      const uis = await holdChunks(consolePage, UI_CHUNK);
      await consolePage.goto(`${srv.url}/console#/sessions/${session.id}`);
      await consolePage.getByTestId('rounds-panel').waitFor();
      // The "another activity" form's fields wait for their chunk (an empty slot); the rest of the panel is there already.
      await consolePage.locator('.start-now .activity-ui[aria-busy="true"]').waitFor({ state: 'attached' });
      await consolePage.getByTestId('start-now').waitFor();

      const live = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie });
      sockets.push(live.socket);
      await live.until((v) => v.seats.every((s) => s.connected));
      expect(await live.send({ type: 'round.start', activity: 'spotlight' })).toMatchObject({ ok: true });

      // The round is on (the hidden mirror says so at once), but its scene is held back: the canvas keeps the lobby.
      await screen.locator('[data-testid="screen-round"][data-activity="spotlight"]').waitFor();
      expect(scenes.held.length).toBeGreaterThan(0);
      expect(await screen.evaluate(() => document.body.dataset.stage)).toBe('lobby');
      // The console's controls for the round wait for their chunk the same way.
      await consolePage.locator('[data-testid="round-current"][data-activity="spotlight"] .activity-ui[aria-busy="true"]').waitFor({ state: 'attached' });
      expect(uis.held.length).toBeGreaterThan(0);

      await scenes.release();
      await uis.release();
      await screen.waitForSelector('body[data-stage="spotlight"]');
      await consolePage.locator('[data-testid="round-current"][data-activity="spotlight"] .activity-ui:not([aria-busy]) > *').first().waitFor();
      await consolePage.locator('.start-now .activity-ui:not([aria-busy]) select, .start-now .activity-ui:not([aria-busy]) input').first().waitFor();
      // Let the scene draw a frame after it started, then look at it.
      await screen.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await shot(screen, 'chunks-screen-spotlight');
      await shot(consolePage, 'chunks-console-spotlight');
      expect(problems).toEqual([]);
    } finally {
      for (const s of sockets) s.close();
      for (const c of contexts) await c.close();
    }
  });
});
