// End to end in real Chromium: console setup → group → session; screen with code and QR; three tablets join,
// one reloads back onto its seat, "eyes on me" freezes them; English and zh-CN both rendered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Devices, guardPage, launchBrowser, shot } from '../support/browser';
import { decodeQrImage } from '../support/qr';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let browser: Browser;
let devices: Devices;
const newPage = (opts: { locale: string; width: number; height: number }) => devices.open(opts);

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

beforeAll(async () => {
  srv = await inProcessServer();
  browser = await launchBrowser();
  devices = new Devices(browser, srv.url);
});
afterAll(async () => {
  await devices?.closeAll();
  await browser?.close();
  await srv?.close();
});

describe('a live session in real browsers', () => {
  it('runs from first setup to three seated tablets with eyes on me, in English and Chinese', async () => {
    // Facilitator: first start → setup code → account.
    const consolePage = await newPage({ locale: 'en-US', width: 1280, height: 800 });
    await consolePage.goto(`${srv.url}/console`);
    await consolePage.getByTestId('setup-code').fill(srv.setupCode);
    await consolePage.getByTestId('setup-username').fill('ana');
    await consolePage.getByTestId('setup-display-name').fill('Ana Li');
    await consolePage.getByTestId('setup-password').fill('a good password');
    await consolePage.getByTestId('setup-submit').click();

    // A group with four children.
    await consolePage.getByTestId('new-group-name').fill('Sunflowers 向日葵');
    await consolePage.getByTestId('new-group-submit').click();
    // A new group opens its page; the groups list links back to it.
    await consolePage.getByTestId('group-title').filter({ hasText: 'Sunflowers' }).waitFor();
    await consolePage.getByTestId('back-to-groups').click();
    await consolePage.getByTestId('group-link').filter({ hasText: 'Sunflowers' }).first().click();
    const kids: [string, string][] = [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
      ['小明', 'panda'],
      ['Lulu', 'owl'],
    ];
    for (const [nickname, avatar] of kids) {
      await consolePage.getByTestId('child-nickname').fill(nickname);
      await consolePage.locator(`[data-testid="avatar-option"][data-avatar="${avatar}"]`).click();
      await consolePage.getByTestId('add-child').click();
      await consolePage.getByTestId('roster-row').filter({ hasText: nickname }).waitFor();
    }
    await shot(consolePage, 'console-group-en');

    // Start the session: the live page shows the join code.
    await consolePage.getByTestId('start-session').click();
    // No guardian consent is ticked yet: the console names the children and the facilitator starts anyway.
    await consolePage.getByTestId('confirm-ok').click();
    const codeEl = consolePage.getByTestId('join-code');
    await codeEl.waitFor();
    const code = (await codeEl.innerText()).replace(/\D/g, '');
    expect(code).toMatch(/^\d{4}$/);
    const childIds = await consolePage.getByTestId('seat-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-child-id') ?? ''));
    expect(childIds).toHaveLength(4);

    // The shared screen, opened from the console, shows the code and a QR of the tablet join URL.
    const [screenPage] = await Promise.all([consolePage.context().waitForEvent('page'), consolePage.getByTestId('open-screen').click()]);
    guardPage(screenPage, devices.problems);
    await screenPage.setViewportSize({ width: 1920, height: 1080 });
    await screenPage.waitForSelector('body[data-scene-ready="true"]');
    expect(await screenPage.getByTestId('screen-code').innerText()).toContain(code);
    const joinUrl = `${srv.url}/j/${code}`;
    expect(await screenPage.getByTestId('screen-qr').getAttribute('data-url')).toBe(joinUrl);
    expect(await decodeQrImage(screenPage.getByTestId('screen-qr'))).toBe(joinUrl);
    await shot(screenPage, 'screen-lobby-empty-en');

    // Tablet A types the code on the keypad and taps its avatar; the facilitator approves.
    const tabletA = await newPage({ locale: 'en-US', width: 1024, height: 768 });
    await tabletA.goto(`${srv.url}/j`);
    await shot(tabletA, 'tablet-keypad-en');
    for (const digit of code) await tabletA.locator(`[data-testid="keypad-digit"][data-digit="${digit}"]`).click();
    await tabletA.getByTestId('keypad-go').click();
    await tabletA.locator(`[data-testid="choose-avatar"][data-child-id="${childIds[0]}"]`).click();
    await tabletA.getByTestId('waiting').waitFor();
    await shot(tabletA, 'tablet-waiting-en');
    const rowA = consolePage.locator(`[data-testid="seat-row"][data-child-id="${childIds[0]}"]`);
    await rowA.getByTestId('approve-seat').click();
    await tabletA.locator(`[data-testid="seated"][data-child-id="${childIds[0]}"]`).waitFor();
    await consolePage.locator(`[data-testid="seat-row"][data-child-id="${childIds[0]}"][data-status="connected"]`).waitFor();

    // Auto-approve on; tablets B (Chinese browser) and C open the QR's URL directly.
    await consolePage.getByTestId('auto-approve').click();
    const tabletB = await newPage({ locale: 'zh-CN', width: 800, height: 1280 });
    const tabletC = await newPage({ locale: 'en-US', width: 390, height: 844 });
    for (const [tablet, i] of [
      [tabletB, 1],
      [tabletC, 2],
    ] as const) {
      await tablet.goto(joinUrl);
      await tablet.locator(`[data-testid="choose-avatar"][data-child-id="${childIds[i]}"]`).click();
      await tablet.locator(`[data-testid="seated"][data-child-id="${childIds[i]}"]`).waitFor();
    }
    expect(hasChinese(await tabletB.locator('body').innerText())).toBe(true);
    await shot(tabletB, 'tablet-seated-zh');
    await shot(tabletC, 'tablet-seated-phone-en');
    await screenPage.waitForFunction(() => document.querySelectorAll('[data-testid="screen-seat"][data-seated="true"][data-connected="true"]').length === 3);

    // A wave shows on the screen.
    await tabletA.getByTestId('wave').click();
    await tabletB.locator('[data-testid="reaction"][data-kind="heart"]').click();
    await shot(screenPage, 'screen-lobby-seated-en');

    // Tablet A reloads and is back on its own seat without choosing again.
    await tabletA.reload();
    await tabletA.locator(`[data-testid="seated"][data-child-id="${childIds[0]}"]`).waitFor();
    await consolePage.locator(`[data-testid="seat-row"][data-child-id="${childIds[0]}"][data-status="connected"]`).waitFor();

    // Eyes on me freezes every tablet with a calm picture until released.
    await consolePage.getByTestId('eyes-toggle').click();
    for (const tablet of [tabletA, tabletB, tabletC]) await tablet.getByTestId('eyes-overlay').waitFor();
    await screenPage.getByTestId('screen-eyes').waitFor({ state: 'attached' });
    await shot(tabletA, 'tablet-eyes-on-en');
    await shot(tabletB, 'tablet-eyes-on-zh');
    await shot(consolePage, 'console-live-eyes-en');
    await consolePage.getByTestId('eyes-toggle').click();
    for (const tablet of [tabletA, tabletB, tabletC]) await tablet.getByTestId('eyes-overlay').waitFor({ state: 'detached' });

    // Chinese on the console and on the Phaser screen.
    await consolePage.getByTestId('lang-zh-CN').click();
    await consolePage.waitForFunction(() => /[\u4e00-\u9fff]{2}/.test(document.body.innerText));
    await shot(consolePage, 'console-live-zh');
    await screenPage.getByTestId('screen-lang-toggle').click();
    await screenPage.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await shot(screenPage, 'screen-lobby-seated-zh');

    expect(devices.problems).toEqual([]);
  });
});
