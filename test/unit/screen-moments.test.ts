// The screen folds its moments from batch events: each wave and cheer once, in log order, the newest SCREEN_MOMENTS kept.
import { describe, expect, it } from 'vitest';
import { SCREEN_MOMENTS } from '../../shared/protocol/limits';
import type { WireEvent } from '../../shared/protocol/recipient-events';
import { momentOf, withMoments } from '../../shared/session/screen-moments';

const wave = (seq: number, childId = 'c1'): WireEvent => ({ seq, at: seq * 10, actor: { kind: 'seat', childId }, type: 'wave.sent', payload: { childId } });
const cheer = (seq: number, to?: string): WireEvent => ({
  seq,
  at: seq * 10,
  actor: { kind: 'seat', childId: 'c2' },
  type: 'reaction.sent',
  payload: { childId: 'c2', kind: 'clap', ...(to ? { to } : {}) },
});

describe('screen moments from events', () => {
  it('a wave and a cheer are moments; anything else is not', () => {
    expect(momentOf(wave(3))).toEqual({ seq: 3, at: 30, childId: 'c1', kind: 'wave' });
    expect(momentOf(cheer(4, 'c5'))).toEqual({ seq: 4, at: 40, childId: 'c2', kind: 'clap', to: 'c5' });
    expect(momentOf(cheer(5))).toEqual({ seq: 5, at: 50, childId: 'c2', kind: 'clap' });
    expect(momentOf({ seq: 6, at: 60, actor: { kind: 'system' }, type: 'eyes.changed', payload: { on: true } })).toBeNull();
  });

  it('adds each moment once, in seq order, and keeps the newest SCREEN_MOMENTS', () => {
    const first = withMoments([], [wave(2), cheer(1)]);
    expect(first.map((m) => m.seq)).toEqual([1, 2]);
    // The same events again (a batch seen twice) change nothing, and hand back the same list.
    expect(withMoments(first, [wave(2)])).toBe(first);
    const many = Array.from({ length: SCREEN_MOMENTS + 5 }, (_, i) => wave(10 + i));
    const kept = withMoments(first, many);
    expect(kept).toHaveLength(SCREEN_MOMENTS);
    expect(kept.at(-1)?.seq).toBe(10 + SCREEN_MOMENTS + 4);
    expect(kept[0]?.seq).toBe(10 + 5);
  });
});
