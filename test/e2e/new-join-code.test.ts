// End to end in real Chromium: the facilitator clicks "New join code" (in the top bar, then in the guessing notice);
// the screen shows the new code and QR, seated tablets stay seated and reconnect by the new code, a tablet away
// during the change comes back by the old one to its seat, and a tablet not seated goes back to the keypad.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import { WRONG_CODES_GLOBAL_PER_MINUTE } from '../../server/realtime/join-guard';
import { Devices, launchBrowser, shot } from '../support/browser';
import { decodeQrImage } from '../support/qr';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

let server: RunningServer;
let url: string;
let browser: Browser;
let devices: Devices;

beforeAll(async () => {
  // Behind a "trusted proxy", so the guesses that raise the console's notice can come from many addresses.
  server = await startServer({ ...(await serverConfig(tempDataDir('ct-e2e-newcode-'))), trustProxy: true });
  url = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  devices = new Devices(browser, url);
});
afterAll(async () => {
  await devices?.closeAll();
  await browser?.close();
  await server?.close();
});

const seatedOn = (page: Page, childId: string) => page.locator(`[data-testid="seated"][data-child-id="${childId}"]`);
const seatToken = (page: Page, code: string) => page.evaluate((c) => localStorage.getItem(`circletime.seat.${c}`), code);

/** The `room` each websocket the page opens names (the load balancer routes on it). */
function roomsOpened(page: Page): string[] {
  const rooms: string[] = [];
  page.on('websocket', (ws) => rooms.push(new URL(ws.url()).searchParams.get('room') ?? ''));
  return rooms;
}

async function shownCode(page: Page, not: string): Promise<string> {
  await page.waitForFunction((old) => {
    const text = document.querySelector('[data-testid="join-code"]')?.textContent ?? '';
    return /^\d{4}$/.test(text) && text !== old;
  }, not);
  return (await page.getByTestId('join-code').innerText()).trim();
}

describe('a new join code one click away', () => {
  it('changes the code on the screen while seated tablets keep their seats', async () => {
    const staff = new StaffClient(url);
    await staff.setup(server.setupCode ?? '');
    const { group, children } = await staff.groupWithChildren(
      'Otters 水獭',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Kiki', 'fox'],
      ],
      true,
    );
    const session = await staff.startSession(group.id);
    const oldCode = session.code!;
    const [mimi, bo] = [children[0]!.id, children[1]!.id];

    const consolePage = await devices.open({ locale: 'en-US', width: 1280, height: 800, cookie: staff.cookie });
    await consolePage.goto(`${url}/console#/sessions/${session.id}`);
    await consolePage.getByTestId('rounds-panel').waitFor();
    expect(await consolePage.getByTestId('join-code').innerText()).toBe(oldCode);
    const [screenPage] = await Promise.all([consolePage.context().waitForEvent('page'), consolePage.getByTestId('open-screen').click()]);
    await screenPage.setViewportSize({ width: 1920, height: 1080 });
    await screenPage.waitForSelector('body[data-scene-ready="true"]');
    const screenRooms = roomsOpened(screenPage);

    // Two seated tablets; Bo's goes away (its page closed, its storage kept: a tablet asleep in a bag).
    const tablets: Page[] = [];
    for (const id of [mimi, bo]) {
      const t = await devices.open({ locale: 'en-US', width: 1024, height: 768 });
      await t.goto(`${url}/j/${oldCode}`);
      await t.locator(`[data-testid="choose-avatar"][data-child-id="${id}"]`).click();
      await seatedOn(t, id).waitFor();
      tablets.push(t);
    }
    const [mimiTablet, boTablet] = tablets as [Page, Page];
    const mimiRooms = roomsOpened(mimiTablet);
    const boContext = boTablet.context();
    const boToken = await seatToken(boTablet, oldCode);
    await boTablet.close();
    // A third tablet in the room by the old code, not seated (it might be the one that guessed it).
    const stranger = await devices.open({ locale: 'en-US', width: 1024, height: 768 });
    await stranger.goto(`${url}/j/${oldCode}`);
    await stranger.getByTestId('choosing').waitFor();

    // One click.
    await consolePage.getByTestId('new-code').click();
    const newCode = await shownCode(consolePage, oldCode);
    expect(newCode).not.toBe(oldCode);
    // The screen shows the new code and a QR of the new join address.
    await screenPage.waitForFunction((c) => document.querySelector('[data-testid="screen-code"]')?.textContent?.includes(c), newCode);
    const joinUrl = `${server.publicBaseUrl}/j/${newCode}`;
    expect(await screenPage.getByTestId('screen-qr').getAttribute('data-url')).toBe(joinUrl);
    expect(await decodeQrImage(screenPage.getByTestId('screen-qr'))).toBe(joinUrl);
    await shot(screenPage, 'newcode-screen-en');
    // Mimi's tablet stays seated, moves its seat token to the new code and its address to /j/<new>.
    await mimiTablet.waitForURL(`${url}/j/${newCode}`);
    expect(await seatedOn(mimiTablet, mimi).isVisible()).toBe(true);
    expect(await seatToken(mimiTablet, newCode)).toBe(await seatToken(mimiTablet, oldCode));
    await shot(mimiTablet, 'newcode-tablet-seated-en');
    // The stranger's tablet is back at the keypad, asked to look at the big screen for the number.
    await stranger.locator('[data-testid="join-notice"][data-notice="unknown"]').waitFor();
    expect(new URL(stranger.url()).pathname).toBe('/j');
    await shot(stranger, 'newcode-tablet-unseated-en');

    // Mimi's tablet loses its connection and comes back by itself: by the new code, to its seat.
    await mimiTablet.context().setOffline(true);
    await mimiTablet.getByTestId('reconnecting').waitFor({ timeout: 20_000 });
    await mimiTablet.context().setOffline(false);
    await mimiTablet.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 20_000 });
    expect(mimiRooms.length).toBeGreaterThan(0);
    expect(mimiRooms.at(-1)).toBe(newCode);
    expect(await seatedOn(mimiTablet, mimi).isVisible()).toBe(true);

    // Bo's tablet wakes up on the old address: told the new code, it is seated again, with the same token.
    const boAgain = await boContext.newPage();
    const boRooms = roomsOpened(boAgain);
    await boAgain.goto(`${url}/j/${oldCode}`);
    await seatedOn(boAgain, bo).waitFor();
    await boAgain.waitForURL(`${url}/j/${newCode}`);
    expect(boRooms.at(-1)).toBe(newCode);
    expect(await seatToken(boAgain, newCode)).toBe(boToken);

    // The console: both children seated and connected, the change in the feed.
    for (const id of [mimi, bo]) await consolePage.locator(`[data-testid="seat-row"][data-child-id="${id}"][data-status="connected"]`).waitFor();
    expect(await consolePage.locator('.feed').innerText()).toMatch(/new join code/i);
    await shot(consolePage, 'newcode-console-en');

    // Codes guessed from many addresses: the notice offers the same one click.
    const wrong = String(Number(newCode) === 9999 ? 1000 : Number(newCode) + 1);
    for (let i = 0; i <= WRONG_CODES_GLOBAL_PER_MINUTE; i++)
      await fetch(`${url}/api/join/${wrong}`, { headers: { 'x-forwarded-for': `10.7.${i >> 8}.${i & 255}` } });
    const offer = consolePage.getByTestId('guessing-new-code');
    await offer.waitFor();
    await consolePage.getByTestId('lang-zh-CN').click();
    await shot(consolePage, 'newcode-guessing-zh-CN');
    expect(await consolePage.getByTestId('guessing-new-code').innerText()).toBe('换一个加入码');
    expect(await consolePage.getByTestId('new-code').innerText()).toBe('换一个加入码');
    await consolePage.getByTestId('guessing-new-code').click();
    const third = await shownCode(consolePage, newCode);
    await consolePage.getByTestId('guessing-new-code').waitFor({ state: 'detached' });
    await screenPage.waitForFunction((c) => document.querySelector('[data-testid="screen-code"]')?.textContent?.includes(c), third);
    await mimiTablet.waitForURL(`${url}/j/${third}`);
    await boAgain.waitForURL(`${url}/j/${third}`);
    expect(await seatedOn(mimiTablet, mimi).isVisible()).toBe(true);
    expect(await seatedOn(boAgain, bo).isVisible()).toBe(true);
    // The screen, reloaded, comes back by the code it keeps (the latest).
    await screenPage.reload();
    await screenPage.waitForFunction((c) => document.querySelector('[data-testid="screen-code"]')?.textContent?.includes(c), third);
    expect(screenRooms.at(-1)).toBe(third);
    await shot(consolePage, 'newcode-console-zh-CN');
    expect(devices.problems).toEqual([]);
  });
});
