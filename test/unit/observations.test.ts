// Observation tags: staff log a tag on a child (with a note), take it back within a minute, never later.
import { describe, expect, it } from 'vitest';
import { harness } from '../support/activity-harness';

describe('observation tags', () => {
  it('logs a tag with a note as an event and shows it on the console only', async () => {
    const h = await harness(2);
    expect(await h.staff({ type: 'observation.tag', childId: 'k2', tag: 'helped-peer', note: ' showed Kid 1 the piece ' })).toMatchObject({ ok: true });
    const e = (await h.events()).at(-1)!;
    expect(e).toMatchObject({
      type: 'observation.tagged',
      payload: { childId: 'k2', tag: 'helped-peer', note: 'showed Kid 1 the piece' },
      actor: { kind: 'staff', staffId: 'st' },
    });
    expect(h.consoleView().observations).toEqual([expect.objectContaining({ childId: 'k2', tag: 'helped-peer', undone: false, undoUntil: e.at + 60_000 })]);
    expect(JSON.stringify(h.screenView())).not.toContain('helped-peer');
    expect(JSON.stringify(h.tabletView(1))).not.toContain('helped-peer');
  });

  it('can be undone within a minute, not after, and not twice', async () => {
    const h = await harness(2);
    await h.staff({ type: 'observation.tag', childId: 'k1', tag: 'withdrew' });
    await h.staff({ type: 'observation.tag', childId: 'k1', tag: 'spoke-clearly' });
    const [withdrew, spoke] = h
      .consoleView()
      .observations.map((o) => o.id)
      .reverse();
    h.wait(59_000);
    expect(await h.staff({ type: 'observation.undo', tagId: spoke! })).toMatchObject({ ok: true });
    expect(await h.staff({ type: 'observation.undo', tagId: spoke! })).toEqual({ ok: false, code: 'observation.unknown' });
    h.wait(2_000);
    expect(await h.staff({ type: 'observation.undo', tagId: withdrew! })).toEqual({ ok: false, code: 'observation.too_late' });
    expect(h.consoleView().observations.map((o) => [o.tag, o.undone])).toEqual([
      ['spoke-clearly', true],
      ['withdrew', false],
    ]);
  });

  it('only staff tag, only enrolled children, only known tags', async () => {
    const h = await harness(1);
    expect(await h.child(0, { type: 'observation.tag', childId: 'k1', tag: 'encouraged' } as never)).toEqual({ ok: false, code: 'role.denied' });
    expect(await h.staff({ type: 'observation.tag', childId: 'nobody', tag: 'encouraged' })).toEqual({ ok: false, code: 'seat.unknown_child' });
  });
});
