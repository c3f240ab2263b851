// End to end in real Chromium, on tablets (1024×768) and phones (390×844), in English and Chinese: the way back
// to the keypad before seating (a picture button; the browser's Back never leaves the app), and every child
// keeping their moment when a round completes by itself (the last star receiver).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/browser';
import { openConsole, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-field-tablet-');

let staffReady: StaffClient | null = null;
/** One facilitator account for the file's tests (the server's setup code works once). */
async function staffOf(): Promise<StaffClient> {
  if (staffReady) return staffReady;
  staffReady = new StaffClient(stage.srv.url);
  await staffReady.setup(stage.srv.setupCode);
  return staffReady;
}

/** Seats one device per child at the given size and language. */
async function seat(code: string, childId: string, locale: string, size: { width: number; height: number }): Promise<Page> {
  const t = await stage.devices.open({ locale, ...size });
  await t.goto(`${stage.srv.url}/j/${code}`);
  await t.locator(`[data-testid="choose-avatar"][data-child-id="${childId}"]`).click();
  await t.locator(`[data-testid="seated"][data-child-id="${childId}"]`).waitFor();
  return t;
}

const SIZES = [
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function typeCode(t: Page, code: string): Promise<void> {
  for (const d of code) await t.locator(`[data-testid="keypad-digit"][data-digit="${d}"]`).click();
  await t.getByTestId('keypad-go').click();
  await t.getByTestId('choosing').waitFor();
}

/** Every visible button on the page is at least 64 px both ways (the design's smallest target for children). */
async function smallTargets(t: Page): Promise<string[]> {
  return t.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.offsetParent !== null && !b.closest('[inert]'))
      .map((b) => ({ b, r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 63.5 || r.height < 63.5)
      .map(({ b, r }) => `${b.dataset['testid'] ?? b.className} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

describe('the way back on a tablet and a phone', () => {
  it('returns to the keypad from choosing and waiting, by the picture button and by Back, never leaving the app', async () => {
    const { srv, devices } = stage;
    const staff = await staffOf();
    const { group, children } = await staff.groupWithChildren(
      'Kites 风筝',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      false,
    );
    const session = await staff.startSession(group.id);
    const code = session.code!;
    const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 800 });

    for (const size of SIZES) {
      for (const locale of ['en-US', 'zh-CN']) {
        const lang = locale === 'en-US' ? 'en' : 'zh';
        const t = await devices.open({ locale, width: size.width, height: size.height });
        await t.goto(`${srv.url}/j`);
        await t.getByTestId('keypad').waitFor();
        expect(await t.getByTestId('back-to-keypad').count()).toBe(0);

        // The picture button from "which one is you?".
        await typeCode(t, code);
        await shot(t, `back-choosing-${size.name}-${lang}`);
        expect(await smallTargets(t)).toEqual([]);
        await t.getByTestId('back-to-keypad').click();
        await t.getByTestId('keypad').waitFor();
        expect(new URL(t.url()).pathname).toBe('/j');

        // The browser's Back from "which one is you?" lands on the keypad, inside the app.
        await typeCode(t, code);
        await t.goBack();
        await t.getByTestId('keypad').waitFor();
        expect(new URL(t.url()).origin).toBe(srv.url);

        // From waiting for approval: the request is withdrawn, so the console's queue is empty again.
        await typeCode(t, code);
        await t.locator(`[data-testid="choose-avatar"][data-child-id="${children[0]!.id}"]`).click();
        await t.getByTestId('waiting').waitFor();
        await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[0]!.id}"][data-status="waiting"]`).waitFor();
        await shot(t, `back-waiting-${size.name}-${lang}`);
        await t.getByTestId('back-to-keypad').click();
        await t.getByTestId('keypad').waitFor();
        await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[0]!.id}"][data-status="empty"]`).waitFor();

        // Seated, Back stays on the seat.
        await typeCode(t, code);
        await t.locator(`[data-testid="choose-avatar"][data-child-id="${children[1]!.id}"]`).click();
        await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[1]!.id}"] [data-testid="approve-seat"]`).click();
        await t.locator(`[data-testid="seated"][data-child-id="${children[1]!.id}"]`).waitFor();
        expect(await t.getByTestId('back-to-keypad').count()).toBe(0);
        await t.goBack();
        await t.locator(`[data-testid="seated"][data-child-id="${children[1]!.id}"]`).waitFor();
        expect(new URL(t.url()).pathname).toBe(`/j/${code}`);
        await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[1]!.id}"] [data-testid="release-seat"]`).click();
        await consolePage.getByTestId('confirm-ok').click();
        await t.context().close();
        await consolePage.locator(`[data-testid="seat-row"][data-child-id="${children[1]!.id}"][data-status="empty"]`).waitFor();
      }
    }
    expect(devices.problems).toEqual([]);
  });

  it('shows the last child to receive the star "You have the star!" on their own tablet before the lobby', async () => {
    const { devices } = stage;
    const staff = await staffOf();
    const { group, children } = await staff.groupWithChildren(
      'Comets 彗星',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['小明', 'panda'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const session = await staff.startSession(group.id);
    const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 800 });
    const tablets = [
      await seat(session.code!, ids[0]!, 'en-US', SIZES[0]),
      await seat(session.code!, ids[1]!, 'zh-CN', SIZES[1]),
      await seat(session.code!, ids[2]!, 'zh-CN', SIZES[0]),
    ];
    const tabletOf = (id: string) => tablets[ids.indexOf(id)]!;
    await consolePage.getByTestId('start-now-activity').selectOption('pass-star');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="pass-star"]').waitFor();

    const held: string[] = [];
    let last = '';
    for (let pass = 0; pass < 2; pass++) {
      await consolePage.waitForFunction(() => !!document.querySelector('[data-testid="star-holder"]')?.getAttribute('data-child-id'));
      const holder = (await consolePage.getByTestId('star-holder').getAttribute('data-child-id'))!;
      held.push(holder);
      const page = tabletOf(holder);
      const target = page.locator('[data-testid="star-target"][data-available="true"]').first();
      await target.waitFor();
      last = (await target.getAttribute('data-child-id'))!;
      await target.click();
      if (pass === 0) await consolePage.locator(`[data-testid="star-holder"][data-child-id="${last}"]`).waitFor();
    }
    // The last pass closed the round in the same instant: the receiver still gets their moment, with the prompt.
    const receiver = tabletOf(last);
    await receiver.locator('[data-testid="star-finale"][data-moment="received"]').waitFor();
    await receiver.getByTestId('star-prompt').waitFor();
    const lang = (p: Page) => (tablets.indexOf(p) === 0 ? 'en' : 'zh');
    const size = (p: Page) => (tablets.indexOf(p) === 1 ? 'phone' : 'tablet');
    await shot(receiver, `star-finale-received-${size(receiver)}-${lang(receiver)}`);
    for (const other of tablets.filter((p) => p !== receiver)) {
      await other.locator('[data-testid="star-finale"][data-moment="everyone"]').waitFor();
      await shot(other, `star-finale-everyone-${size(other)}-${lang(other)}`);
    }
    expect(new Set([...held, last]).size).toBe(3);
    await consolePage.getByTestId('round-none').waitFor();
    // Then the lobby, by itself, with every button finger-sized on the phone and the tablets.
    await receiver.getByTestId('wave').waitFor();
    for (const t of tablets) {
      await t.getByTestId('wave').waitFor();
      expect(await smallTargets(t)).toEqual([]);
    }
    expect(devices.problems).toEqual([]);
  });

  it('keeps every Build Together target finger-sized on a tablet and a phone, and the hint off the picture', async () => {
    const { devices } = stage;
    const staff = await staffOf();
    const { group, children } = await staff.groupWithChildren(
      'Bridges 小桥',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const session = await staff.startSession(group.id);
    const consolePage = await openConsole(stage, staff, session.id, { width: 1280, height: 800 });
    const tablets = [await seat(session.code!, ids[0]!, 'en-US', SIZES[0]), await seat(session.code!, ids[1]!, 'zh-CN', SIZES[1])];
    await consolePage.getByTestId('start-now-activity').selectOption('build-together');
    await consolePage.getByTestId('build-design-select').selectOption('bridge');
    await consolePage.getByTestId('start-now').click();
    await consolePage.locator('[data-testid="round-current"][data-activity="build-together"]').waitFor();

    for (const [i, t] of tablets.entries()) {
      const name = `${SIZES[i]!.name}-${i === 0 ? 'en' : 'zh'}`;
      await t.getByTestId('build-piece').first().waitFor();
      await expect.poll(() => t.getByTestId('build-viewport').getAttribute('data-zoom')).not.toBeNull();
      // Every place is at least 64 px both ways (the bridge's planks are the smallest of all pictures).
      const places = await t.locator('.build-hit').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(places.length).toBe(26);
      expect(Math.min(...places)).toBeGreaterThanOrEqual(63.5);
      expect(await smallTargets(t)).toEqual([]);
      // Picking a piece glides the picture to a place it fits.
      const piece = t.getByTestId('build-piece').first();
      const [shape, colour] = [await piece.getAttribute('data-shape'), await piece.getAttribute('data-colour')];
      await piece.click();
      const fitting = `[data-testid="build-slot"][data-shape="${shape}"][data-colour="${colour}"][data-filled="false"]`;
      await t.waitForFunction((sel) => {
        const view = document.querySelector('[data-testid="build-viewport"]')!.getBoundingClientRect();
        return [...document.querySelectorAll(sel)].some((g) => {
          const r = g.getBoundingClientRect();
          return r.left >= view.left - 1 && r.right <= view.right + 1 && r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
        });
      }, fitting);
      await shot(t, `build-zoomed-${name}`);
      // A wrong place: the gentle hint shows under the picture, never over it.
      const wrong = t.locator(`[data-testid="build-slot"][data-filled="false"]:not([data-shape="${shape}"][data-colour="${colour}"])`).first();
      await wrong.scrollIntoViewIfNeeded();
      await wrong.click();
      const hint = t.getByTestId('build-hint');
      await hint.waitFor();
      const [h, v] = [(await hint.boundingBox())!, (await t.getByTestId('build-viewport').boundingBox())!];
      expect(h.y >= v.y + v.height - 1 || h.y + h.height <= v.y + 1).toBe(true);
      await shot(t, `build-hint-${name}`);
    }
    expect(devices.problems).toEqual([]);
  });
});
