// A new join code one click away: the old code lets nobody new in, seated tablets keep their seats, everyone learns the new code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffInfo } from '../../shared/api/schemas';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { queryStore, storedEvents } from '../support/stored-events';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

const dataDir = tempDataDir();
let srv: InProcessServer;
let staff: StaffClient;
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  srv = await inProcessServer(dataDir);
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

/** The test server's codes have 4 digits (JOIN_CODE_DIGITS=4 in serverConfig) and never start with 0. */
const CODE_SHAPE = /^[1-9][0-9]{3}$/;

const wrongGuesses = async (): Promise<number> =>
  (await queryStore<{ hits: number }>(dataDir, "SELECT hits FROM rate_limits WHERE key = 'join-global'"))[0]?.hits ?? 0;

async function seat(code: string, childId: string, token = seatToken()): Promise<{ tablet: LiveClient<TabletView>; token: string }> {
  const tablet = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code, seatToken: token }));
  await tablet.until((v) => v.status === 'choosing');
  expect((await tablet.send({ type: 'seat.claim', childId })).ok).toBe(true);
  await tablet.until((v) => v.status === 'seated');
  return { tablet, token };
}

describe('a new join code for a live session', () => {
  it('takes effect for everyone at once: new devices need the new code, seated tablets stay, the screen shows it, the log records it', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Recoded',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Kiki', 'fox'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const oldCode = s.code!;
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie, room: oldCode }));
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) }, { room: oldCode }));
    await consoleClient.until((v) => v.seats.length === 3);
    await screen.until((v) => v.code === oldCode);
    const online = await seat(oldCode, children[0]!.id);
    // Seated, then away during the change (a tablet asleep in a bag).
    const away = await seat(oldCode, children[1]!.id);
    away.tablet.close();
    await consoleClient.until((v) => v.seats.find((x) => x.childId === children[1]!.id)?.connected === false);
    // In the room by the old code but not seated: it may be the one that guessed it.
    const unseated = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: oldCode, seatToken: seatToken() }, { reconnection: false }));
    await unseated.until((v) => v.status === 'choosing');
    expect(online.tablet.last?.code).toBe(oldCode);
    const unseatedGone = unseated.disconnected();

    const r = await staff.call<{ code: string }>('POST', `/sessions/${s.id}/join-code`, {});
    expect(r.status).toBe(200);
    const newCode = r.data.code;
    expect(newCode).toMatch(CODE_SHAPE);
    expect(newCode).not.toBe(oldCode);
    expect((await staff.ok<{ code: string }>('GET', `/sessions/${s.id}`)).code).toBe(newCode);

    // The screen and the console show the new code and its join address (the QR is drawn from it).
    const screenView = await screen.until((v) => v.code === newCode);
    expect(screenView.joinUrl.endsWith(`/j/${newCode}`)).toBe(true);
    expect((await consoleClient.until((v) => v.code === newCode)).joinUrl.endsWith(`/j/${newCode}`)).toBe(true);
    // The seated tablet stays seated and connected, and its view tells it the new code.
    const onlineView = await online.tablet.until((v) => v.code === newCode);
    expect(onlineView.status).toBe('seated');
    expect(online.tablet.socket.connected).toBe(true);
    // The unseated one is let go, told why.
    expect(await unseatedGone).toBe('io server disconnect');
    expect(unseated.notices).toContain('join.code_changed');
    expect(unseated.last?.code).toBeUndefined();

    // A new device: the new code works, the old one is refused and counted as a wrong guess.
    expect((await fetch(`${srv.url}/api/join/${newCode}`)).status).toBe(200);
    const fresh = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: newCode, seatToken: seatToken() }));
    expect((await fresh.until((v) => v.status === 'choosing')).choices.length).toBe(3);
    const before = await wrongGuesses();
    const stranger = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: oldCode, seatToken: seatToken() }, { reconnection: false }));
    expect(await stranger.connectError()).toBe('join.code_unknown');
    expect(await wrongGuesses()).toBe(before + 1);
    expect((await fetch(`${srv.url}/api/join/${oldCode}`)).status).toBe(404);
    expect(await wrongGuesses()).toBe(before + 2);

    // The tablet that was away comes back with the old code: told the new one, it gets its seat back.
    const back = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: oldCode, seatToken: away.token }));
    expect(await back.connectError()).toBe('join.code_changed');
    const backView = await back.until((v) => v.status === 'seated');
    expect(backView.me?.childId).toBe(children[1]!.id);
    expect(backView.code).toBe(newCode);
    expect(back.room).toBe(newCode);
    await consoleClient.until((v) => v.seats.find((x) => x.childId === children[1]!.id)?.connected === true);
    // Only the seat token of a seated tablet is told the new code: a stranger's try with the old code is not.
    expect(await wrongGuesses()).toBe(before + 2);

    // The connected tablet's next connection names the new code, handshake and room alike, and keeps its seat.
    online.tablet.close();
    const again = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: newCode, seatToken: online.token }));
    expect((await again.until((v) => v.status === 'seated')).me?.childId).toBe(children[0]!.id);
    // Screen and console reconnecting by the old room are told the new one (not moved to where the old code routes).
    const oldScreen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) }, { room: oldCode }));
    expect(await oldScreen.connectError()).toBe('join.code_changed');
    expect((await oldScreen.until((v) => v.code === newCode)).kind).toBe('screen');
    expect(oldScreen.room).toBe(newCode);
    const oldConsole = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie, room: oldCode }));
    expect(await oldConsole.connectError()).toBe('join.code_changed');
    await oldConsole.until((v) => v.code === newCode);

    // The log says a new code was given, by whom; the code itself is not in it (exports read the log).
    const logged = await storedEvents(dataDir, s.id, 'join.code_changed');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.payload).toEqual({});
    const all = await storedEvents(dataDir, s.id);
    expect(JSON.stringify(all.map((e) => e.payload))).not.toContain(`"${newCode}"`);
    const actor = await queryStore<{ actor: string }>(dataDir, 'SELECT actor FROM events WHERE session_id = ? AND seq = ?', [s.id, logged[0]!.seq]);
    expect(JSON.parse(actor[0]!.actor)).toMatchObject({ kind: 'staff' });
  });

  it('a tablet still waiting for approval is let go and its request withdrawn (no seat left waiting for a device that cannot come back)', async () => {
    const { group, children } = await staff.groupWithChildren('Waiting', [['Tao', 'owl']], false);
    const s = await staff.startSession(group.id);
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie, room: s.code! }));
    const asking = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }, { reconnection: false }));
    await asking.until((v) => v.status === 'choosing');
    expect((await asking.send({ type: 'seat.claim', childId: children[0]!.id })).ok).toBe(true);
    await consoleClient.until((v) => v.seats[0]!.requestedAt !== null);
    const gone = asking.disconnected();
    await staff.ok('POST', `/sessions/${s.id}/join-code`, {});
    expect(await gone).toBe('io server disconnect');
    expect(asking.notices).toContain('join.code_changed');
    const view = await consoleClient.until((v) => v.code !== s.code);
    expect(view.seats[0]).toMatchObject({ seated: false, requestedAt: null });
    const withdrawn = await storedEvents(dataDir, s.id, 'seat.denied');
    expect(withdrawn.map((e) => e.payload)).toEqual([expect.objectContaining({ childId: children[0]!.id, by: 'self' })]);
  });

  it('a second new code forgets the first; codes always stay unique among live sessions', async () => {
    const { group, children } = await staff.groupWithChildren('Twice', [['Lu', 'owl']], true);
    const s = await staff.startSession(group.id);
    const first = s.code!;
    const { token } = await seat(first, children[0]!.id);
    const second = (await staff.ok<{ code: string }>('POST', `/sessions/${s.id}/join-code`, {})).code;
    const third = (await staff.ok<{ code: string }>('POST', `/sessions/${s.id}/join-code`, {})).code;
    expect(new Set([first, second, third]).size).toBe(3);
    // The code just replaced still brings the seated tablet back; the one before it does not.
    const viaSecond = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: second, seatToken: token }));
    expect((await viaSecond.until((v) => v.status === 'seated')).code).toBe(third);
    viaSecond.close();
    const viaFirst = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: first, seatToken: token }, { reconnection: false }));
    expect(await viaFirst.connectError()).toBe('join.code_unknown');
    const live = await queryStore<{ join_code: string; previous_join_code: string }>(
      dataDir,
      "SELECT join_code, previous_join_code FROM sessions WHERE status = 'live'",
    );
    const current = live.map((x) => x.join_code);
    expect(new Set(current).size).toBe(current.length);
    for (const row of live) expect(current).not.toContain(row.previous_join_code);
  });

  it('is refused to staff who may not run the group, and to bad requests; nothing changes', async () => {
    const { group } = await staff.groupWithChildren('Guarded code', [['Pip', 'cat']], true);
    const s = await staff.startSession(group.id);
    const code = s.code!;
    const make = async (username: string, role: 'facilitator' | 'reviewer') => {
      await staff.ok<StaffInfo>('POST', '/staff', { username, displayName: username, password: 'long enough pw', role });
      const c = new StaffClient(srv.url);
      await c.login(username, 'long enough pw');
      return c;
    };
    const reviewer = await make('rev', 'reviewer');
    const me = await reviewer.ok<StaffInfo>('GET', '/me');
    await staff.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'reviewer' });
    const outsider = await make('out', 'facilitator');

    const tries: [StaffClient | null, string, number, string][] = [
      [reviewer, `/sessions/${s.id}/join-code`, 403, 'auth.denied'],
      [outsider, `/sessions/${s.id}/join-code`, 404, 'group.unknown'],
      [null, `/sessions/${s.id}/join-code`, 401, 'auth.required'],
      [staff, '/sessions/no-such-session/join-code', 404, 'group.unknown'],
    ];
    for (const [who, path, status, error] of tries) {
      const r = who ? await who.call<{ error: string }>('POST', path, {}) : await new StaffClient(srv.url).call<{ error: string }>('POST', path, {});
      expect([path, r.status, r.data.error]).toEqual([path, status, error]);
    }
    // A form post (not JSON) is refused before anything runs.
    const form = await fetch(`${srv.url}/api/sessions/${s.id}/join-code`, {
      method: 'POST',
      headers: { cookie: staff.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(form.status).toBe(415);
    expect((await staff.ok<{ code: string }>('GET', `/sessions/${s.id}`)).code).toBe(code);
    expect(await storedEvents(dataDir, s.id, 'join.code_changed')).toHaveLength(0);

    // An ended session gets no new code.
    await staff.ok('POST', `/sessions/${s.id}/end`, {});
    const ended = await staff.call<{ error: string }>('POST', `/sessions/${s.id}/join-code`, {});
    expect([ended.status, ended.data.error]).toEqual([409, 'session.ended']);
    expect(await storedEvents(dataDir, s.id, 'join.code_changed')).toHaveLength(0);
  });
});
