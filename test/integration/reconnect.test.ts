// Seats survive drops: a tablet that reconnects with its token is back on its seat; the console catches up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, screenTokenOf, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(() => srv.close());

describe('reconnecting', () => {
  it('a dropped tablet comes back on its own seat, and the console sees away → back', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Drops',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const token = seatToken();
    const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const t1 = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: token });
    await t1.until((v) => v.status === 'choosing');
    await t1.send({ type: 'seat.claim', childId: children[1]!.id });
    await t1.until((v) => v.status === 'seated');
    t1.close();
    await consoleClient.until((v) => v.seats[1]!.seated && !v.seats[1]!.connected);

    // A new page (refresh) with the same stored token: same seat, no claim needed.
    const t2 = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: token });
    const back = await t2.until((v) => v.status === 'seated');
    expect(back.me?.childId).toBe(children[1]!.id);
    await consoleClient.until((v) => v.seats[1]!.connected);
    t2.close();
    consoleClient.close();
  });

  it('a console that reconnects with the last version it saw gets the events it missed', async () => {
    const { group, children } = await staff.groupWithChildren('Catchup', [['Mimi', 'cat']], true);
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    await consoleClient.until((v) => v.seats.length === 1);
    const seen = consoleClient.version;
    // The transport drops (as on Wi-Fi loss); socket.io-client reconnects by itself.
    const reconnected = new Promise<void>((resolve) => consoleClient.socket.io.once('reconnect', () => resolve()));
    consoleClient.socket.io.engine.close();
    const t = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() });
    await t.until((v) => v.status === 'choosing');
    await t.send({ type: 'seat.claim', childId: children[0]!.id });
    await t.send({ type: 'wave' });
    await reconnected;
    await consoleClient.until((v) => v.seats[0]!.seated);
    await expect.poll(() => consoleClient.catchups.length).toBeGreaterThan(0);
    // The first connection's batch is a catch-up too (from then, nothing missed); the reconnect's names what it saw.
    await expect.poll(() => consoleClient.catchups.length).toBe(2);
    const catchup = consoleClient.catchups[1]!;
    expect(catchup.fromSeq).toBe(seen);
    // Auto-approve: the claim is granted at once, with no request first.
    expect(catchup.events.map((e) => e.type)).toEqual(expect.arrayContaining(['seat.granted']));
    // Waves are the screen's (the console counts them in its metrics); no device hash leaves the room.
    expect(catchup.events.map((e) => e.type)).not.toContain('wave.sent');
    expect(JSON.stringify(catchup.events)).not.toContain('hash');
    expect(catchup.events.every((e) => e.seq > seen && e.seq <= catchup.toSeq)).toBe(true);
    t.close();
    consoleClient.close();
  });

  it('a repeated intent id (a retry after a reconnect) is applied once', async () => {
    const { group, children } = await staff.groupWithChildren('Retry', [['Mimi', 'cat']], true);
    const s = await staff.startSession(group.id);
    const screen = new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) });
    const t = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() });
    await t.until((v) => v.status === 'choosing');
    await t.send({ type: 'seat.claim', childId: children[0]!.id });
    await screen.until((v) => v.seats[0]!.seated);
    const first = await t.send({ type: 'reaction', kind: 'star' }, 'retry-me-1');
    const again = await t.send({ type: 'reaction', kind: 'star' }, 'retry-me-1');
    expect(first).toMatchObject({ ok: true });
    expect(again).toMatchObject({ ok: true, duplicate: true, seq: first.ok ? first.seq : -1 });
    // The screen saw the one cheer, from its one event; the answer to the retry logged nothing.
    await screen.until((v) => v.moments.some((m) => m.kind === 'star'));
    const cheered = await t.send({ type: 'wave' });
    await screen.until((v) => v.moments.some((m) => cheered.ok && m.seq === cheered.seq));
    expect(screen.last!.moments.filter((m) => m.kind === 'star')).toHaveLength(1);
    t.close();
    screen.close();
  });
});
