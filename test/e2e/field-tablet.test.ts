// End to end in real Chromium, on a tablet (1024×768) and a phone (390×844): the way back to the keypad before
// seating (a picture button, and the browser's Back never leaving the app), in English and Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/browser';
import { openConsole, useStage } from '../support/e2e-stage';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-field-tablet-');

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
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren('Kites 风筝', [['Mimi', 'cat'], ['Bo', 'dog']], false);
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
});
