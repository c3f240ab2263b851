// Pass the Star through the activity harness: holder-only passing, "everyone once", completion, events.
import { describe, expect, it } from 'vitest';
import type { PassStarConsole, PassStarScreen, PassStarTablet } from '../../shared/activities/pass-star';
import { harness } from '../support/activity-harness';

describe('Pass the Star', () => {
  it('starts with a random first holder and only the holder can pass', async () => {
    const h = await harness(4);
    expect(await h.staff({ type: 'round.start', activity: 'pass-star' })).toMatchObject({ ok: true });
    const holder = (h.consoleView().round!.view as PassStarConsole).holder!;
    expect(h.ids).toContain(holder);
    const hi = h.ids.indexOf(holder);
    const other = (hi + 1) % 4;
    expect(await h.child(other, { type: 'star.pass', to: h.ids[(hi + 2) % 4]! })).toEqual({ ok: false, code: 'star.not_holder' });
    expect(await h.staff({ type: 'star.pass', to: h.ids[other]! })).toEqual({ ok: false, code: 'role.denied' });
    expect(await h.child(hi, { type: 'star.pass', to: holder })).toEqual({ ok: false, code: 'star.bad_target' });
    expect(await h.child(hi, { type: 'star.pass', to: 'nobody' })).toEqual({ ok: false, code: 'star.bad_target' });
    h.wait(4200);
    expect(await h.child(hi, { type: 'star.pass', to: h.ids[other]! })).toMatchObject({ ok: true });
    const passed = (await h.events()).filter((e) => e.type === 'star.passed');
    expect(passed).toEqual([expect.objectContaining({ payload: { from: holder, to: h.ids[other], heldMs: 4200 }, actor: { kind: 'seat', childId: holder } })]);
    expect((h.tabletView(other).round!.view as PassStarTablet).role).toBe('holder');
    expect((h.tabletView(hi).round!.view as PassStarTablet).role).toBe('watcher');
    expect((h.screenView().round!.view as PassStarScreen).trail).toHaveLength(1);
  });

  it('"everyone once": children who had it are greyed out until all had it; the round then ends by itself', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: true } });
    expect((h.consoleView().round!.view as PassStarConsole).holder).toBeNull();
    expect(await h.staff({ type: 'star.give', to: h.ids[0]! })).toMatchObject({ ok: true });
    await h.child(0, { type: 'star.pass', to: h.ids[1]! });
    const view = h.tabletView(1).round!.view as Extract<PassStarTablet, { role: 'holder' }>;
    expect(view.targets.map((t) => [t.childId, t.available])).toEqual([
      [h.ids[0], false],
      [h.ids[2], true],
      [h.ids[3], true],
    ]);
    expect(view.thrower?.childId).toBe(h.ids[0]);
    expect(await h.child(1, { type: 'star.pass', to: h.ids[0]! })).toEqual({ ok: false, code: 'star.already_had' });
    await h.child(1, { type: 'star.pass', to: h.ids[2]! });
    expect(h.consoleView().round).not.toBeNull();
    await h.child(2, { type: 'star.pass', to: h.ids[3]! });
    // Everyone has held it: the round closed, with the last hold logged.
    expect(h.consoleView().round).toBeNull();
    const types = (await h.events()).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['star.kept', 'round.ended']);
    expect(h.consoleView().roundsDone.at(-1)).toMatchObject({ activity: 'pass-star', reason: 'complete' });
  });

  it('without "everyone once" anyone present may receive, and only the facilitator ends the round', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await h.staff({ type: 'star.give', to: h.ids[0]! });
    for (let i = 0; i < 4; i++) {
      const from = i % 2 === 0 ? 0 : 1;
      expect(await h.child(from, { type: 'star.pass', to: h.ids[1 - from]! })).toMatchObject({ ok: true });
    }
    expect(h.consoleView().round).not.toBeNull();
    await h.staff({ type: 'round.end' });
    expect(h.consoleView().round).toBeNull();
  });

  it('an absent child cannot receive the star', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator' } });
    await h.staff({ type: 'star.give', to: h.ids[0]! });
    h.room.detach(h.tablets[2]!.id);
    expect(await h.child(0, { type: 'star.pass', to: h.ids[2]! })).toEqual({ ok: false, code: 'star.bad_target' });
  });
});
