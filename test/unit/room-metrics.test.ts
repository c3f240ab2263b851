// Live metrics from a room: staff clients hear the shared metrics of the committed log; screens and tablets never do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METRICS_EVERY_MS } from '../../server/rooms/room-metrics';
import { participation } from '../../shared/metrics';
import { harness } from '../support/activity-harness';

describe('room metrics', () => {
  it('sends staff the participation of the committed log within a second, and nothing to screens or tablets', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await h.staff({ type: 'star.give', to: 'k1' });
    await h.child(0, { type: 'star.pass', to: 'k2' });
    await h.child(2, { type: 'reaction', kind: 'clap' });
    const events = await h.events();
    const last = events.at(-1)!.seq;
    await expect.poll(() => h.console.metrics.at(-1)?.version, { timeout: 1000, interval: 20 }).toBe(last);
    expect(h.console.metrics.at(-1)!.metrics).toEqual(participation(events));
    const rows = Object.fromEntries(h.console.metrics.at(-1)!.metrics.children.map((c) => [c.childId, c]));
    expect(rows.k1).toMatchObject({ starHolds: 1, starPassesGiven: 1 });
    expect(rows.k3).toMatchObject({ turns: 0, reactionsGiven: 1 });
    expect(h.screen.metrics).toEqual([]);
    for (const t of h.tablets) expect(t.metrics).toEqual([]);
  });

  describe("on the room's clock, not the wall clock", () => {
    afterEach(() => vi.useRealTimers());

    it('holds a burst for the coalescing window measured by the injected clock', async () => {
      // Timers are faked, the wall clock is not: only the room's clock may decide how long to wait.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const h = await harness(2);
      await vi.advanceTimersByTimeAsync(0);
      const sent = () => h.console.metrics.at(-1)?.version;
      // The seats' metrics went out just now: the first event after a quiet window goes at once.
      h.wait(METRICS_EVERY_MS);
      await h.child(0, { type: 'wave' });
      await vi.advanceTimersByTimeAsync(0);
      const first = sent();
      expect(first).toBe(h.room.version);
      // Within the window (the room's clock has not moved): held back...
      await h.child(1, { type: 'wave' });
      await vi.advanceTimersByTimeAsync(METRICS_EVERY_MS - 1);
      expect(sent()).toBe(first);
      // ...and sent once the window is over.
      await vi.advanceTimersByTimeAsync(1);
      expect(sent()).toBe(h.room.version);
      // After the room's clock passed the window, the next event goes out at once.
      h.wait(METRICS_EVERY_MS);
      await h.child(0, { type: 'wave' });
      await vi.advanceTimersByTimeAsync(0);
      expect(sent()).toBe(h.room.version);
    });
  });
});
