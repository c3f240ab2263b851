// SIGKILL mid-session: no acknowledged event is lost, rooms are rebuilt from the log, clients return to their seats.
import { afterAll, describe, expect, it } from 'vitest';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { storedEvents } from '../support/stored-events';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { childServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
afterAll(async () => {
  for (const s of running) await killChild(s, 'SIGKILL');
});

describe('server restart', () => {
  it('loses no acknowledged event and every client comes back to the same seat within 5 s', async () => {
    const dataDir = tempDataDir('ct-restart-');
    const first = await childServer(dataDir);
    running.push(first);
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);
    const names: [string, 'cat' | 'dog' | 'owl'][] = [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
      ['Lulu', 'owl'],
    ];
    const { group, children } = await staff.groupWithChildren('Restart', names, true);
    const s = await staff.startSession(group.id);
    const screen = new LiveClient<ScreenView>(first.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) });
    const consoleClient = new LiveClient<ConsoleView>(first.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const tablets = children.map(() => new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: children[i]!.id })));

    // Acknowledged intents keep coming right up to the kill.
    const acked: number[] = [];
    const sending = tablets.map(async (t) => {
      for (let i = 0; i < 200; i++) {
        const r = await t.send({ type: 'wave' }).catch(() => undefined);
        // A tablet may add to the log only as fast as a child acts (a burst, then 3 a second): pace, keep going.
        if (r && !r.ok && r.code === 'rate.limited') {
          await new Promise((res) => setTimeout(res, 100));
          continue;
        }
        if (!r?.ok) break;
        acked.push(r.seq);
      }
    });
    await expect.poll(() => acked.length, { timeout: 10_000 }).toBeGreaterThan(30);
    await killChild(first, 'SIGKILL');
    await Promise.all(sending);

    const logged = new Set((await storedEvents(dataDir, s.id)).map((r) => r.seq));
    expect(acked.filter((seq) => !logged.has(seq))).toEqual([]);

    // Same port, same data folder: the clients reconnect by themselves.
    // Only views sent by the restarted server count.
    const backOnSeats = Promise.all(tablets.map((t, i) => t.next((v) => v.status === 'seated' && v.me?.childId === children[i]!.id)));
    const screenBack = screen.next((v) => v.seats.every((seat) => seat.seated && seat.connected));
    const consoleBack = consoleClient.next((v) => v.seats.every((seat) => seat.connected));
    const second = await childServer(dataDir, first.port);
    running.push(second);
    const restartedAt = Date.now();
    await Promise.all([backOnSeats, screenBack, consoleBack]);
    expect(Date.now() - restartedAt).toBeLessThan(5000);
    expect(second.output()).toMatch(/Live sessions to resume[^\n]*1/);

    for (const c of [screen, consoleClient, ...tablets]) c.close();
    await killChild(second);
  });
});
