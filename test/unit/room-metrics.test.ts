// Live metrics from a room: staff clients hear the shared metrics of the committed log; screens and tablets never do.
import { describe, expect, it } from 'vitest';
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
});
