// Join codes guessed: a ceiling across all addresses, seated tablets still come back (also past their address's limit), consoles told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/create-server';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { WRONG_CODES_GLOBAL_PER_MINUTE, WRONG_CODES_PER_MINUTE } from '../../server/realtime/join-guard';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

let url: string;
let close: () => Promise<void>;
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  // Behind a "trusted proxy", so each guess can come from an address of its own (X-Forwarded-For).
  const server = await startServer({ ...(await serverConfig(tempDataDir())), trustProxy: true });
  url = `http://127.0.0.1:${server.port}`;
  close = () => server.close();
  const staff = new StaffClient(url);
  await staff.setup(server.setupCode ?? '');
  sessionInfo.staff = staff;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await close();
});
const sessionInfo: { staff?: StaffClient } = {};

describe('join codes guessed from many addresses', () => {
  it('after the ceiling of wrong codes from all addresses, only tablets already seated get in; consoles get a notice', async () => {
    const staff = sessionInfo.staff!;
    const { group, children } = await staff.groupWithChildren(
      'Guessed',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const code = s.code!;
    const consoleClient = track(new LiveClient<ConsoleView>(url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie }));
    const notices: string[] = [];
    consoleClient.socket.on('notice', (n) => notices.push(n.code));
    await consoleClient.until((v) => v.seats.length === 2);
    const token = seatToken();
    const seated = new LiveClient<TabletView>(url, { role: 'tablet', code, seatToken: token }, { reconnection: false });
    await seated.until((v) => v.status === 'choosing');
    await seated.send({ type: 'seat.claim', childId: children[0]!.id });
    await seated.until((v) => v.status === 'seated');
    seated.close();

    // Each address stays under its own limit (one guess each); together they pass the ceiling.
    const wrong = String(Number(code) === 9999 ? 1000 : Number(code) + 1);
    const statuses: number[] = [];
    for (let i = 0; i <= WRONG_CODES_GLOBAL_PER_MINUTE; i++) {
      statuses.push((await fetch(`${url}/api/join/${wrong}`, { headers: { 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` } })).status);
    }
    expect(statuses.slice(0, WRONG_CODES_GLOBAL_PER_MINUTE).every((x) => x === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    await expect.poll(() => notices).toContain('join.guessing');

    // The right code no longer answers a stranger, over HTTP or the socket: no oracle while guessing goes on.
    expect((await fetch(`${url}/api/join/${code}`, { headers: { 'x-forwarded-for': '10.10.0.1' } })).status).toBe(429);
    const stranger = track(new LiveClient<TabletView>(url, { role: 'tablet', code, seatToken: seatToken() }, { reconnection: false }));
    expect(await stranger.connectError()).toBe('join.rate_limited');
    // A tablet seated before comes back to its seat.
    const back = track(new LiveClient<TabletView>(url, { role: 'tablet', code, seatToken: token }));
    expect((await back.until((v) => v.status === 'seated')).me?.childId).toBe(children[0]!.id);
  });
});

describe('a seated tablet coming back', () => {
  it('gets in even when its address has used up its wrong-code tries; a new device from there does not', async () => {
    // A centre behind one address: someone there mistyped codes all minute, and a seated child's tablet reconnects.
    const server = await startServer(await serverConfig(tempDataDir()));
    const local = `http://127.0.0.1:${server.port}`;
    try {
      const staff = new StaffClient(local);
      await staff.setup(server.setupCode ?? '');
      const { group, children } = await staff.groupWithChildren('Behind one router', [['Mimi', 'cat']], true);
      const s = await staff.startSession(group.id);
      const code = s.code!;
      const token = seatToken();
      const first = track(new LiveClient<TabletView>(local, { role: 'tablet', code, seatToken: token }, { reconnection: false }));
      await first.until((v) => v.status === 'choosing');
      await first.send({ type: 'seat.claim', childId: children[0]!.id });
      await first.until((v) => v.status === 'seated');
      first.close();

      const wrong = String(Number(code) === 9999 ? 1000 : Number(code) + 1);
      for (let i = 0; i < WRONG_CODES_PER_MINUTE; i++) expect((await fetch(`${local}/api/join/${wrong}`)).status).toBe(404);
      expect((await fetch(`${local}/api/join/${code}`)).status).toBe(429);

      const stranger = track(new LiveClient<TabletView>(local, { role: 'tablet', code, seatToken: seatToken() }, { reconnection: false }));
      expect(await stranger.connectError()).toBe('join.rate_limited');
      const back = track(new LiveClient<TabletView>(local, { role: 'tablet', code, seatToken: token }, { reconnection: false }));
      expect((await back.until((v) => v.status === 'seated')).me?.childId).toBe(children[0]!.id);
    } finally {
      for (const c of clients) c.close();
      await server.close();
    }
  });
});
