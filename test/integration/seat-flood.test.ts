// One seat cannot flood the log: limits per device across its connections, and presence flapping coalesced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_LOG_BURST, DEVICE_LOG_PER_SEC } from '../../server/rooms/device-budget';
import type { TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

/** What a real child can do: a burst, then a few actions a second. */
const childCanDo = (ms: number) => DEVICE_LOG_BURST + Math.ceil((ms / 1000) * DEVICE_LOG_PER_SEC) + 1;

let dataDir: string;
let srv: InProcessServer;
let staff: StaffClient;
const clients: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  dataDir = tempDataDir('ct-flood-');
  srv = await inProcessServer(dataDir);
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

async function session(autoApprove: boolean): Promise<{ id: string; code: string; childIds: string[] }> {
  const { group, children } = await staff.groupWithChildren(
    `Flood ${autoApprove}`,
    [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
    ],
    autoApprove,
  );
  const s = await staff.startSession(group.id);
  return { id: s.id, code: s.code!, childIds: children.map((c) => c.id) };
}

describe('one device, many connections', () => {
  it('one seat token on 20 connections logs no more waves than one child could send', async () => {
    const s = await session(true);
    const token = seatToken();
    const first = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token }));
    await first.until((v) => v.status === 'choosing');
    await first.send({ type: 'seat.claim', childId: s.childIds[0]! });
    const conns = [first, ...Array.from({ length: 19 }, () => track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token })))];
    await Promise.all(conns.map((c) => c.until((v) => v.status === 'seated')));
    const started = Date.now();
    const results = await Promise.all(
      conns.map(async (c) => {
        const rs = [];
        while (Date.now() - started < 3000) rs.push(await c.send({ type: 'wave' }));
        return rs;
      }),
    );
    const elapsed = Date.now() - started;
    const waves = (await storedEvents(dataDir, s.id, 'wave.sent')).length;
    expect(waves).toBeGreaterThan(5);
    expect(waves).toBeLessThanOrEqual(childCanDo(elapsed));
    expect(results.flat().filter((r) => r.ok).length).toBe(waves);
  });

  it('an unseated tablet toggling its claim on 20 connections logs few seat.requested', async () => {
    const s = await session(false);
    const token = seatToken();
    const conns = Array.from({ length: 20 }, () => track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token })));
    await Promise.all(conns.map((c) => c.until((v) => v.status === 'choosing')));
    const started = Date.now();
    await Promise.all(
      conns.map(async (c, i) => {
        for (let k = i; Date.now() - started < 3000; k++) await c.send({ type: 'seat.claim', childId: s.childIds[k % 2]! });
      }),
    );
    const elapsed = Date.now() - started;
    const requested = (await storedEvents(dataDir, s.id, 'seat.requested')).length;
    expect(requested).toBeGreaterThan(1);
    expect(requested).toBeLessThanOrEqual(childCanDo(elapsed));
  });
});

describe('presence flapping', () => {
  it('a reconnect loop of a seated tablet logs no presence change; leaving for good logs one', async () => {
    const s = await session(true);
    const token = seatToken();
    const seated = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token }, { reconnection: false }));
    await seated.until((v) => v.status === 'choosing');
    await seated.send({ type: 'seat.claim', childId: s.childIds[0]! });
    await seated.until((v) => v.status === 'seated');
    seated.close();
    for (let i = 0; i < 30; i++) {
      const c = new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token }, { reconnection: false });
      await c.until((v) => v.status === 'seated');
      c.close();
    }
    const last = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code, seatToken: token }));
    await last.until((v) => v.status === 'seated');
    expect((await storedEvents(dataDir, s.id, 'presence.changed')).length).toBe(0);

    // Gone for good: logged once, after the short debounce.
    last.close();
    await expect.poll(async () => (await storedEvents(dataDir, s.id, 'presence.changed')).length, { timeout: 10_000 }).toBe(1);
  });
});
