// Waves reach the screen as small batches of one event and no view; the pages' connection folds them into moments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive } from '../../client/common/live-connection';
import { SCREEN_MOMENTS } from '../../shared/protocol/limits';
import type { BatchMessage } from '../../shared/protocol/messages';
import type { Received } from '../../shared/protocol/batch-fold';
import type { ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, screenTokenOf, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
const closers: (() => void)[] = [];

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const close of closers) close();
  await srv.close();
});

describe('screen moments', () => {
  it('each wave is a batch of its one event, not a whole view; the page folds it into its moments, and the rest equals a fresh full view', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Waves',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const screenToken = screenTokenOf(s.screenUrl);

    // The screen page's own connection code, and a raw count of what travels.
    let pageView: Received<ScreenView> | undefined;
    const page = connectLive<ScreenView>({
      url: srv.url,
      room: s.code!,
      handshake: { role: 'screen', screenToken },
      onBatch: (r) => (pageView = r),
      onStatus: () => {},
    });
    closers.push(() => page.close());
    const raw = new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken }, { room: s.code! });
    closers.push(() => raw.close());
    const batches: BatchMessage[] = [];
    raw.socket.on('batch', (m) => batches.push(m));

    const tablets = children.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    for (const t of tablets) closers.push(() => t.close());
    await Promise.all(tablets.map((t, i) => t.until((v) => v.status === 'choosing').then(() => t.send({ type: 'seat.claim', childId: children[i]!.id }))));
    await raw.until((v) => v.seats.filter((seat) => seat.seated).length === 2);
    const viewsBefore = raw.views.length;
    const batchesBefore = batches.length;

    const waves = SCREEN_MOMENTS + 6;
    let lastSeq = 0;
    for (let i = 0; i < waves; i++) {
      const r = await tablets[i % 2]!.send({ type: 'wave' });
      expect(r.ok).toBe(true);
      if (r.ok) lastSeq = r.seq;
    }
    await raw.until((v) => v.moments.some((m) => m.seq === lastSeq));
    await expect.poll(() => pageView?.version, { timeout: 5_000 }).toBe(lastSeq);

    // Every wave came as a batch holding that wave's event alone and no view; each made one new held view.
    const waveBatches = batches.slice(batchesBefore);
    expect(waveBatches).toHaveLength(waves);
    for (const m of waveBatches) {
      expect(m.events.map((e) => e.type)).toEqual(['wave.sent']);
      expect(m.view).toBeUndefined();
      expect(m.toSeq - m.fromSeq).toBe(1);
    }
    expect(raw.views.length - viewsBefore).toBe(waves);
    // About 200 bytes, against 2-3 KB for a whole screen view.
    expect(JSON.stringify(waveBatches.at(-1)).length).toBeLessThan(256);

    // The page keeps the newest moments; everything else it holds is exactly what a screen connecting now is sent
    // (a new connection's history is not replayed as moments).
    const fresh = new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken }, { room: s.code! });
    closers.push(() => fresh.close());
    const full = await fresh.until((v) => v.seats.filter((seat) => seat.seated).length === 2);
    expect(pageView!.view.moments).toHaveLength(SCREEN_MOMENTS);
    expect(pageView!.view.moments.at(-1)?.seq).toBe(lastSeq);
    expect(full.moments).toEqual([]);
    expect({ ...pageView!.view, moments: [] }).toEqual(full);
  });
});
