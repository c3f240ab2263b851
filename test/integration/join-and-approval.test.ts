// Join by code, approval by the console, screen updates, seats not stealable, release and move — real sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

async function liveSession(autoApprove: boolean) {
  const { group, children } = await staff.groupWithChildren(
    autoApprove ? 'Auto' : 'Manual',
    [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
      ['小明', 'panda'],
    ],
    autoApprove,
  );
  const session = await staff.startSession(group.id);
  const token = screenTokenOf(session.screenUrl);
  return { group, children, session, code: session.code!, token };
}

describe('joining a live session', () => {
  it('a tablet joins by code, waits, is approved by the console, and the screen shows it', async () => {
    const { children, session, code, token } = await liveSession(false);
    expect(code).toMatch(/^\d{4}$/);
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: token }));
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie }));
    const first = await screen.until((v) => v.seats.length === 3);
    expect(first.joinUrl).toBe(`${srv.server.publicBaseUrl}/j/${code}`);
    expect(first.seats.every((s) => !s.seated)).toBe(true);

    const tablet = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code, seatToken: seatToken() }));
    const choosing = await tablet.until((v) => v.status === 'choosing');
    expect(choosing.choices.map((c) => c.nickname)).toEqual(['Mimi', 'Bo', '小明']);
    expect(await tablet.send({ type: 'seat.claim', childId: children[1]!.id })).toMatchObject({ ok: true });
    await tablet.until((v) => v.status === 'waiting' && v.me?.childId === children[1]!.id);
    await consoleClient.until((v) => v.seats[1]!.requestedAt !== null);

    expect(await consoleClient.send({ type: 'seat.approve', childId: children[1]!.id })).toMatchObject({ ok: true });
    const seated = await tablet.until((v) => v.status === 'seated');
    expect(seated.me).toMatchObject({ nickname: 'Bo', avatar: 'dog' });
    await screen.until((v) => v.seats[1]!.seated && v.seats[1]!.connected);
  });

  it('a seat held by one tablet cannot be taken by another; the facilitator can release and move it', async () => {
    const { children, session, code } = await liveSession(true);
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie }));
    const a = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code, seatToken: seatToken() }));
    const b = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code, seatToken: seatToken() }));
    await a.until((v) => v.status === 'choosing');
    expect(await a.send({ type: 'seat.claim', childId: children[0]!.id })).toMatchObject({ ok: true });
    await a.until((v) => v.status === 'seated');
    await b.until((v) => v.choices.some((c) => c.childId === children[0]!.id && !c.available));
    expect(await b.send({ type: 'seat.claim', childId: children[0]!.id })).toEqual({ ok: false, code: 'seat.taken' });

    expect(await consoleClient.send({ type: 'seat.move', fromChildId: children[0]!.id, toChildId: children[2]!.id })).toMatchObject({ ok: true });
    expect((await a.until((v) => v.me?.childId === children[2]!.id)).status).toBe('seated');
    expect(await consoleClient.send({ type: 'seat.release', childId: children[2]!.id })).toMatchObject({ ok: true });
    await a.until((v) => v.status === 'choosing');
    expect(await b.send({ type: 'seat.claim', childId: children[2]!.id })).toMatchObject({ ok: true });
    await b.until((v) => v.status === 'seated' && v.me?.childId === children[2]!.id);
  });

  it('eyes on me freezes every tablet until released', async () => {
    const { children, session, code } = await liveSession(true);
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie }));
    const tablets = children.map(() => track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code, seatToken: seatToken() })));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: children[i]!.id })));
    await consoleClient.until((v) => v.seats.every((s) => s.seated));
    await consoleClient.send({ type: 'eyes.set', on: true });
    await Promise.all(tablets.map((t) => t.until((v) => v.eyesOn)));
    await consoleClient.send({ type: 'eyes.set', on: false });
    await Promise.all(tablets.map((t) => t.until((v) => !v.eyesOn)));
  });

  it('roster edits reach the live session as a snapshot; ending frees the code', async () => {
    const { group, session, code, token } = await liveSession(true);
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: token }));
    await screen.until((v) => v.seats.length === 3);
    await staff.ok('POST', `/groups/${group.id}/children`, { nickname: 'Lulu', avatar: 'owl' });
    await screen.until((v) => v.seats.length === 4 && v.seats[3]!.nickname === 'Lulu');
    expect((await fetch(`${srv.url}/api/join/${code}`)).status).toBe(200);
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie }));
    await consoleClient.until((v) => v.seats.length === 4);
    const closed = new Promise<string>((resolve) => screen.socket.once('disconnect', (reason) => resolve(reason)));
    // The intent that ends the session is still answered before connections close.
    expect(await consoleClient.send({ type: 'session.end' })).toMatchObject({ ok: true });
    await screen.until((v) => v.ended);
    expect(await closed).toBe('io server disconnect');
    expect((await staff.call('POST', `/sessions/${session.id}/end`, {})).status).toBe(409);
    expect((await fetch(`${srv.url}/api/join/${code}`)).status).toBe(404);
    const info = await staff.ok<{ status: string; code: string | null }>('GET', `/sessions/${session.id}`);
    expect(info).toMatchObject({ status: 'ended', code: null });
  });
});
