// Deny by default: every role escalation tried is refused; bad input is rejected with a code and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
let session: { id: string; code: string; token: string; childIds: string[] };
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
  const { group, children } = await staff.groupWithChildren(
    'Guarded',
    [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
    ],
    true,
  );
  const s = await staff.startSession(group.id);
  session = { id: s.id, code: s.code!, token: screenTokenOf(s.screenUrl), childIds: children.map((c) => c.id) };
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

const staffIntents = (childId: string) =>
  [
    { type: 'seat.approve', childId },
    { type: 'seat.deny', childId },
    { type: 'seat.release', childId },
    { type: 'seat.move', fromChildId: childId, toChildId: childId },
    { type: 'eyes.set', on: true },
    { type: 'settings.set', autoApprove: false },
    { type: 'session.end' },
  ] as const;

describe('handshake identity', () => {
  it('a console without a staff cookie, or with a forged one, is refused', async () => {
    const none = track(new LiveClient(srv.url, { role: 'console', sessionId: session.id }, { reconnection: false }));
    expect(await none.connectError()).toBe('auth.required');
    const forged = track(new LiveClient(srv.url, { role: 'console', sessionId: session.id }, { cookie: 'ct_staff=forged', reconnection: false }));
    expect(await forged.connectError()).toBe('auth.required');
  });

  it('a screen with a wrong token, a wrong protocol version or a made-up role is refused', async () => {
    expect(await track(new LiveClient(srv.url, { role: 'screen', screenToken: 'x'.repeat(32) }, { reconnection: false })).connectError()).toBe('session.ended');
    expect(await track(new LiveClient(srv.url, { role: 'screen', screenToken: session.token, protocol: 99 }, { reconnection: false })).connectError()).toBe(
      'protocol.version',
    );
    expect(await track(new LiveClient(srv.url, { role: 'staff', staffId: 'me' }, { reconnection: false })).connectError()).toBe('protocol.invalid');
    expect(
      await track(
        new LiveClient(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken(), staffId: 'x' }, { reconnection: false }),
      ).connectError(),
    ).toBe('protocol.invalid');
  });
});

describe('role escalation', () => {
  it('tablets (guest or seated) and screens cannot send staff intents; nothing changes', async () => {
    const guest = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken() }));
    const seated = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken() }));
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: session.token }));
    await seated.until((v) => v.status === 'choosing');
    await seated.send({ type: 'seat.claim', childId: session.childIds[0]! });
    await seated.until((v) => v.status === 'seated');
    const before = await screen.until((v) => v.seats[0]!.seated);
    for (const client of [guest, seated, screen]) {
      for (const intent of staffIntents(session.childIds[0]!)) {
        expect(await client.send(intent), `${intent.type}`).toMatchObject({ ok: false, code: 'role.denied' });
      }
    }
    expect(await screen.send({ type: 'wave' })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await guest.send({ type: 'wave' })).toMatchObject({ ok: false, code: 'role.denied' });
    // A seated tablet cannot claim a second seat, nor act as another child through the payload.
    expect(await seated.send({ type: 'seat.claim', childId: session.childIds[1]! })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await seated.send({ type: 'wave', childId: session.childIds[1]! } as never)).toMatchObject({ ok: false, code: 'protocol.invalid' });
    expect(screen.last).toEqual(before);
  });

  it('the console cannot act as a child', async () => {
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie }));
    await consoleClient.until((v) => v.seats.length === 2);
    for (const intent of [{ type: 'wave' }, { type: 'reaction', kind: 'heart' }, { type: 'seat.claim', childId: session.childIds[1]! }] as const) {
      expect(await consoleClient.send(intent)).toMatchObject({ ok: false, code: 'role.denied' });
    }
  });
});

describe('bad input and floods', () => {
  it('malformed intents are rejected with protocol.invalid', async () => {
    const t = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken() }));
    await t.connected();
    const raw = (payload: unknown) => t.socket.timeout(5000).emitWithAck('intent', payload as never);
    expect(await raw({ type: 'wave' })).toMatchObject({ ok: false, code: 'protocol.invalid' });
    expect(await raw({ id: 'abcdef1', type: 'teleport' })).toMatchObject({ ok: false, code: 'protocol.invalid' });
    expect(await raw('wave')).toMatchObject({ ok: false, code: 'protocol.invalid' });
  });

  it('an oversized message closes the socket before it reaches any rule', async () => {
    const t = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken() }, { reconnection: false }));
    await t.connected();
    const closed = new Promise<string>((resolve) => t.socket.once('disconnect', (reason) => resolve(reason)));
    t.socket.emit('intent', { id: 'abcdef1', type: 'seat.claim', childId: 'x'.repeat(40_000) } as never, () => {});
    expect(await closed).toBe('transport close');
  });

  it('a flood from one socket is refused with rate.limited', async () => {
    const t = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code, seatToken: seatToken() }));
    await t.connected();
    const results = await Promise.all(Array.from({ length: 40 }, () => t.send({ type: 'wave' })));
    expect(results.filter((r) => !r.ok && r.code === 'rate.limited').length).toBeGreaterThan(10);
  });

  it('wrong join codes are rate-limited per address (HTTP and handshake share the budget)', async () => {
    const fresh = await inProcessServer();
    try {
      const codes: number[] = [];
      for (let i = 0; i < 10; i++) codes.push((await fetch(`${fresh.url}/api/join/${1000 + i}`)).status);
      expect(codes.every((c) => c === 404)).toBe(true);
      expect((await fetch(`${fresh.url}/api/join/2000`)).status).toBe(429);
      const c = new LiveClient(fresh.url, { role: 'tablet', code: '3000', seatToken: seatToken() }, { reconnection: false });
      expect(await c.connectError()).toBe('join.rate_limited');
      c.close();
    } finally {
      await fresh.close();
    }
  });
});

describe('staff HTTP API', () => {
  it('refuses every staff route without a session, and JSON-less posts', async () => {
    const anon = new StaffClient(srv.url);
    for (const [method, path] of [
      ['GET', '/groups'],
      ['POST', '/groups'],
      ['GET', `/sessions/${session.id}`],
      ['POST', `/sessions/${session.id}/end`],
      ['GET', '/staff'],
    ] as const) {
      expect((await anon.call(method, path, {})).status, `${method} ${path}`).toBe(401);
    }
    const form = await fetch(`${srv.url}/api/groups`, {
      method: 'POST',
      headers: { cookie: staff.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(form.status).toBe(415);
  });

  it('setup works once; logins are rate-limited; logout revokes the session server-side', async () => {
    expect(
      (await new StaffClient(srv.url).call('POST', '/setup', { setupCode: srv.setupCode, username: 'eve', displayName: 'Eve', password: 'password123' }))
        .status,
    ).toBe(409);
    const other = new StaffClient(srv.url);
    await staff.ok('POST', '/staff', { username: 'ben', displayName: 'Ben', password: 'another pass' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await other.call('POST', '/login', { username: 'ben', password: 'wrong' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const ana2 = new StaffClient(srv.url);
    await ana2.login();
    expect((await ana2.call('GET', '/me')).status).toBe(200);
    const stolen = ana2.cookie;
    await ana2.ok('POST', '/logout', {});
    const replay = await fetch(`${srv.url}/api/me`, { headers: { cookie: stolen } });
    expect(replay.status).toBe(401);
  });

  it('invalid bodies get a clear 400 and create nothing', async () => {
    const before = (await staff.ok<unknown[]>('GET', '/groups')).length;
    const r = await staff.call<{ error: string; message: string }>('POST', '/groups', { name: '', ageBand: '3-4', language: 'fr', autoApprove: 'yes' });
    expect(r.status).toBe(400);
    expect(r.data.error).toBe('request.invalid');
    expect(r.data.message).toMatch(/name/);
    expect((await staff.ok<unknown[]>('GET', '/groups')).length).toBe(before);
  });
});
