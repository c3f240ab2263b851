// Waves reach the screen as small moments messages, and the pages' connection turns them into the view the server would send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive } from '../../client/common/live-connection';
import { SCREEN_MOMENTS } from '../../shared/protocol/limits';
import type { MomentsMessage, ViewMessage } from '../../shared/protocol/messages';
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
  it('each wave is a moments message of its own, not a whole view; the view the page builds equals a fresh full view', async () => {
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
    let pageView: ViewMessage<ScreenView> | undefined;
    const page = connectLive<ScreenView>({
      url: srv.url,
      room: s.code!,
      handshake: { role: 'screen', screenToken },
      onView: (m) => (pageView = m),
      onStatus: () => {},
    });
    closers.push(() => page.close());
    const raw = new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken }, { room: s.code! });
    closers.push(() => raw.close());
    const momentsMessages: MomentsMessage[] = [];
    raw.socket.on('moments', (m) => momentsMessages.push(m));

    const tablets = children.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    for (const t of tablets) closers.push(() => t.close());
    await Promise.all(tablets.map((t, i) => t.until((v) => v.status === 'choosing').then(() => t.send({ type: 'seat.claim', childId: children[i]!.id }))));
    await raw.until((v) => v.seats.filter((seat) => seat.seated).length === 2);
    const viewsBefore = raw.views.length;

    const waves = SCREEN_MOMENTS + 6;
    let lastSeq = 0;
    for (let i = 0; i < waves; i++) {
      const r = await tablets[i % 2]!.send({ type: 'wave' });
      expect(r.ok).toBe(true);
      if (r.ok) lastSeq = r.seq;
    }
    await raw.until((v) => v.moments.some((m) => m.seq === lastSeq));
    await expect.poll(() => pageView?.version, { timeout: 5_000 }).toBe(lastSeq);

    // Every wave came as a moments message holding that wave alone; no whole view was sent for them.
    expect(momentsMessages).toHaveLength(waves);
    for (const m of momentsMessages) expect(m.moments.map((x) => x.kind)).toEqual(['wave']);
    expect(raw.views.length - viewsBefore).toBe(waves);
    expect(JSON.stringify(momentsMessages.at(-1)).length).toBeLessThan(200);

    // What the page built from them is exactly the view a screen connecting now is sent in full.
    const fresh = new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken }, { room: s.code! });
    closers.push(() => fresh.close());
    const full = await fresh.until((v) => v.moments.some((m) => m.seq === lastSeq));
    expect(pageView!.view.moments).toHaveLength(SCREEN_MOMENTS);
    expect(pageView!.view).toEqual(full);
  });
});
