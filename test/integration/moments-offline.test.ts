// A wave tapped while the tablet's connection is down is not kept and replayed on reconnect; a seat claim is still sent.
import { afterAll, describe, expect, it } from 'vitest';
import { connectLive, type LinkStatus } from '../../client/common/live-connection';
import type { TabletView } from '../../shared/session/views';
import { seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { childServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
const closers: (() => void)[] = [];
afterAll(async () => {
  for (const close of closers) close();
  for (const s of running) await killChild(s, 'SIGKILL');
});

describe('moments while offline', () => {
  it("the pages' connection drops a wave sent while down, and the log holds only the waves sent while connected", async () => {
    const dataDir = tempDataDir('ct-moments-');
    const first = await childServer(dataDir);
    running.push(first);
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);
    const { group, children } = await staff.groupWithChildren('Moments', [['Mimi', 'cat']], true);
    const s = await staff.startSession(group.id);

    let view: TabletView | undefined;
    let status: LinkStatus = 'connecting';
    const conn = connectLive<TabletView>({
      url: first.url,
      room: s.code!,
      handshake: { role: 'tablet', code: s.code!, seatToken: seatToken() },
      onBatch: (r) => (view = r.view),
      onStatus: (st) => (status = st),
    });
    closers.push(() => conn.close());
    await expect.poll(() => view?.status === 'choosing', { message: 'the tablet to choose', timeout: 10_000 }).toBe(true);
    expect(await conn.send({ type: 'seat.claim', childId: children[0]!.id })).toMatchObject({ ok: true });
    await expect.poll(() => view?.status === 'seated', { message: 'the tablet to be seated', timeout: 10_000 }).toBe(true);
    expect(await conn.send({ type: 'wave' })).toMatchObject({ ok: true });

    await killChild(first, 'SIGKILL');
    await expect.poll(() => status === 'reconnecting', { message: 'the tablet to notice', timeout: 10_000 }).toBe(true);
    // Answered at once, not queued for the reconnect.
    expect(await conn.send({ type: 'wave' })).toMatchObject({ ok: false, code: 'server.error' });
    expect(await conn.send({ type: 'reaction', kind: 'clap' })).toMatchObject({ ok: false, code: 'server.error' });

    const second = await childServer(dataDir, first.port);
    running.push(second);
    await expect.poll(() => status === 'connected' && view?.status === 'seated', { message: 'the tablet to be back', timeout: 20_000 }).toBe(true);
    expect(await conn.send({ type: 'wave' })).toMatchObject({ ok: true });
    // Two waves sent while connected, none of the offline ones (each would be its own wave.sent or reaction.sent).
    expect((await storedEvents(dataDir, s.id, 'wave.sent')).length).toBe(2);
    expect((await storedEvents(dataDir, s.id, 'reaction.sent')).length).toBe(0);
  }, 60_000);
});
