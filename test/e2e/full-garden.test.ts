// End to end in real Chromium: the shared screen's one garden full of flowers (eight children played over sockets,
// three picks each and a gift each), in English and Chinese, for looking at: words whole, labels apart.
import { describe, expect, it } from 'vitest';
import { STRENGTH_CARD_IDS } from '../../shared/activities/strength-garden/deck';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-full-garden-');
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

describe('a full shared garden', () => {
  it("grows all 35 flowers of eight children in the one garden, and seven in one child's own garden on a phone and a tablet", async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren('Meadow 草地', KIDS, true);
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
      const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie });
      sockets.push(consoleClient.socket);
      await consoleClient.until((v) => v.seats.length === KIDS.length);
      expect(await consoleClient.send({ type: 'round.start', activity: 'strength-garden' })).toMatchObject({ ok: true });
      // The longest words of the deck first, so the layout meets its hardest case.
      const cards = [...STRENGTH_CARD_IDS];
      for (const [i, t] of tablets.entries())
        for (let k = 0; k < 3; k++) expect(await t.send({ type: 'garden.pick', card: cards[(i * 3 + k) % cards.length]! })).toMatchObject({ ok: true });
      expect(await consoleClient.send({ type: 'garden.set-phase', phase: 'give' })).toMatchObject({ ok: true });
      for (const [i, t] of tablets.entries())
        expect(await t.send({ type: 'garden.give', to: children[(i + 1) % KIDS.length]!.id, card: cards[(i + 5) % cards.length]! })).toMatchObject({
          ok: true,
        });
      // Mimi gets three more friends' cards: seven flowers in her own garden.
      for (const i of [2, 3, 4])
        expect(await tablets[i]!.send({ type: 'garden.give', to: children[0]!.id, card: cards[(i + 20) % cards.length]! })).toMatchObject({ ok: true });

      // Mimi's and Bo's own gardens, on a phone in Chinese and a tablet in English (their tablets take over their seats).
      const own = [
        { id: children[0]!.id, locale: 'zh-CN', width: 390, height: 844, name: 'phone-zh' },
        { id: children[1]!.id, locale: 'en-US', width: 1024, height: 768, name: 'tablet-en' },
      ];
      expect(await consoleClient.send({ type: 'garden.set-phase', phase: 'garden' })).toMatchObject({ ok: true });
      for (const o of own) {
        expect(await consoleClient.send({ type: 'seat.release', childId: o.id })).toMatchObject({ ok: true });
        const page = await devices.open({ locale: o.locale, width: o.width, height: o.height });
        await page.goto(`${srv.url}/j/${session.code}`);
        await page.locator(`[data-testid="choose-avatar"][data-child-id="${o.id}"]`).click();
        await page.locator(`[data-testid="seated"][data-child-id="${o.id}"]`).waitFor();
        await page.getByTestId('garden-my-garden').waitFor();
        await shot(page, `garden-my-garden-full-${o.name}`);
        // Every flower's word is whole and inside its own tile, and no two tiles overlap.
        const problems = await page.evaluate(() => {
          const tiles = [...document.querySelectorAll('[data-testid="garden-flower"]')].map((t) => t.getBoundingClientRect());
          const out: string[] = [];
          tiles.forEach((a, i) =>
            tiles.slice(i + 1).forEach((b, j) => {
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`tiles ${i} and ${i + j + 1} overlap`);
            }),
          );
          for (const w of document.querySelectorAll('.garden-flower-word')) if (w.scrollWidth > w.clientWidth + 1) out.push(`clipped: ${w.textContent}`);
          return out;
        });
        expect(problems).toEqual([]);
        // Every button a child can tap is at least 64 px both ways.
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('button')]
            .filter((b) => b.offsetParent !== null)
            .map((b) => ({ b, r: b.getBoundingClientRect() }))
            .filter(({ r }) => r.width < 63.5 || r.height < 63.5)
            .map(({ b, r }) => `${b.dataset['testid'] ?? b.className} ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
        expect(small).toEqual([]);
      }
      const screen = await devices.open({ locale: 'en-US', width: 1920, height: 1080 });
      await screen.goto(`${srv.url}${session.screenUrl}`);
      const garden = screen.getByTestId('screen-garden-shared');
      await expect.poll(() => garden.getAttribute('data-flowers')).toBe(String(KIDS.length * 4 + 3));
      for (const lang of ['en', 'zh']) {
        await screen.waitForSelector('body[data-scene-ready="true"]');
        await shot(screen, `garden-full-screen-${lang}`);
        if (lang === 'en') {
          await screen.getByTestId('screen-lang-toggle').click();
          await screen.waitForFunction(() => document.documentElement.lang === 'zh-CN');
        }
      }
    } finally {
      for (const s of sockets) s.close();
    }
    expect(devices.problems).toEqual([]);
  });
});
