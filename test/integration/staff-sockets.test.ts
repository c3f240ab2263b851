// Staff consoles end with their login (logout, logout everywhere) and open only from this server's own pages (Origin).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { ConsoleView, ScreenView } from '../../shared/session/views';
import { LiveClient, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let session: { id: string; screenToken: string };
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  srv = await inProcessServer();
  const ana = new StaffClient(srv.url);
  await ana.setup(srv.setupCode);
  const { group } = await ana.groupWithChildren('Consoles', [['Mimi', 'cat']], true);
  const s = await ana.startSession(group.id);
  session = { id: s.id, screenToken: screenTokenOf(s.screenUrl) };
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

async function openConsole(cookie: string): Promise<LiveClient<ConsoleView>> {
  const c = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie }));
  await c.until((v) => v.seats.length === 1);
  return c;
}

/** The console is closed by the server, told why, and its intents go nowhere: the screen never sees them. */
async function expectEnded(c: LiveClient<ConsoleView>, closed: Promise<string>, notices: string[]): Promise<void> {
  expect(await closed).toBe('io server disconnect');
  expect(notices).toContain('auth.required');
  const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: session.screenToken }));
  const before = await screen.until(() => true);
  c.socket.timeout(500).emit('intent', { id: `gone${Date.now()}`, type: 'eyes.set', on: !before.eyesOn }, () => {});
  // Reconnecting with the ended login is refused too.
  const refused = c.connectError();
  c.socket.connect();
  expect(await refused).toBe('auth.required');
  const probe = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: session.screenToken }));
  expect((await probe.until(() => true)).eyesOn).toBe(before.eyesOn);
}

const noticesOf = (c: LiveClient<ConsoleView>): string[] => {
  const codes: string[] = [];
  c.socket.on('notice', (n) => codes.push(n.code));
  return codes;
};

describe('logging out closes live consoles', () => {
  it('POST /api/logout closes the console of that login at once; another login stays', async () => {
    const one = new StaffClient(srv.url);
    await one.login();
    const other = new StaffClient(srv.url);
    await other.login();
    const c = await openConsole(one.cookie);
    const stays = await openConsole(other.cookie);
    const notices = noticesOf(c);
    const closed = c.disconnected();
    await one.ok('POST', '/logout', {});
    await expectEnded(c, closed, notices);
    expect(stays.socket.connected).toBe(true);
    expect(await stays.send({ type: 'eyes.set', on: false })).toMatchObject({ ok: true });
  });

  it('POST /api/logout-everywhere closes the consoles of every login of the account', async () => {
    const one = new StaffClient(srv.url);
    await one.login();
    const two = new StaffClient(srv.url);
    await two.login();
    const a = await openConsole(one.cookie);
    const b = await openConsole(two.cookie);
    const [na, nb] = [noticesOf(a), noticesOf(b)];
    const [ca, cb] = [a.disconnected(), b.disconnected()];
    await one.ok('POST', '/logout-everywhere', {});
    await expectEnded(a, ca, na);
    await expectEnded(b, cb, nb);
  });
});

describe('Origin of a console handshake', () => {
  const consoleWith = (cookie: string, origin?: string) =>
    io(srv.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie, ...(origin ? { origin } : {}) },
      auth: { protocol: PROTOCOL_VERSION, role: 'console', sessionId: session.id },
    });
  const outcome = (s: ReturnType<typeof consoleWith>) =>
    new Promise<string>((resolve) => {
      s.once('connect', () => resolve('connected'));
      s.once('connect_error', (err) => resolve(String((err as Error & { data?: { code?: string } }).data?.code ?? err.message)));
    }).finally(() => s.close());

  it('a page elsewhere is refused; this server’s own origin and no Origin (not a browser) are let in', async () => {
    const ana = new StaffClient(srv.url);
    await ana.login();
    expect(await outcome(consoleWith(ana.cookie, 'http://evil.example'))).toBe('auth.denied');
    expect(await outcome(consoleWith(ana.cookie, 'null'))).toBe('auth.denied');
    expect(await outcome(consoleWith(ana.cookie, `http://127.0.0.1:${new URL(srv.url).port + 1}`))).toBe('auth.denied');
    expect(await outcome(consoleWith(ana.cookie, srv.url))).toBe('connected');
    expect(await outcome(consoleWith(ana.cookie))).toBe('connected');
  });
});
