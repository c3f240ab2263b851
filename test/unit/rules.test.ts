// Session rules: who may do what, and what each intent yields; rejections change nothing.
import { describe, expect, it } from 'vitest';
import { decide, type Who } from '../../shared/session/rules';
import { REACTIONS_PER_WINDOW, REACTION_WINDOW_MS } from '../../shared/protocol/limits';
import type { Intent } from '../../shared/protocol/intents';
import { started, stateFrom } from '../support/session-fixtures';

const staff: Who = { kind: 'staff', staffId: 'st1' };
const tablet = (d: string): Who => ({ kind: 'tablet', deviceHash: d });
const screen: Who = { kind: 'screen' };
const seatedState = (auto = true) => stateFrom([started(auto), { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } }]);

describe('session rules', () => {
  it('a guest claim is a request, or a grant when the group auto-approves', () => {
    const manual = decide(stateFrom([started(false)]), { id: 'i-000001', type: 'seat.claim', childId: 'c1' }, tablet('d1'), 0);
    expect(manual).toMatchObject({ ok: true, actor: { kind: 'guest' }, events: [{ type: 'seat.requested' }] });
    const auto = decide(stateFrom([started(true)]), { id: 'i-000001', type: 'seat.claim', childId: 'c1' }, tablet('d1'), 0);
    expect(auto).toMatchObject({ ok: true, events: [{ type: 'seat.granted', payload: { by: 'auto' } }] });
  });

  it('a seat held by another tablet cannot be taken from a tablet', () => {
    const r = decide(seatedState(), { id: 'i-000002', type: 'seat.claim', childId: 'c1' }, tablet('d2'), 0);
    expect(r).toEqual({ ok: false, code: 'seat.taken' });
  });

  it('a pending request also holds the seat until the facilitator decides', () => {
    const s = stateFrom([started(false), { type: 'seat.requested', payload: { childId: 'c1', deviceHash: 'd1' } }]);
    expect(decide(s, { id: 'i-000003', type: 'seat.claim', childId: 'c1' }, tablet('d2'), 0)).toEqual({ ok: false, code: 'seat.taken' });
    expect(decide(s, { id: 'i-000003', type: 'seat.claim', childId: 'c1' }, tablet('d1'), 0)).toEqual({ ok: false, code: 'seat.already_yours' });
  });

  it('a tablet going back to the keypad withdraws its own pending request, and only its own', () => {
    const s = stateFrom([started(false), { type: 'seat.requested', payload: { childId: 'c1', deviceHash: 'd1' } }]);
    expect(decide(s, { id: 'i-000031', type: 'seat.leave' }, tablet('d1'), 0)).toMatchObject({
      ok: true,
      events: [{ type: 'seat.denied', payload: { childId: 'c1', deviceHash: 'd1', by: 'self' } }],
    });
    expect(decide(s, { id: 'i-000032', type: 'seat.leave' }, tablet('d2'), 0)).toEqual({ ok: false, code: 'seat.not_requested' });
  });

  it('rejects unknown children', () => {
    expect(decide(stateFrom([started(true)]), { id: 'i-000004', type: 'seat.claim', childId: 'nobody' }, tablet('d1'), 0)).toEqual({
      ok: false,
      code: 'seat.unknown_child',
    });
  });

  it('denies every staff intent to tablets and screens, and every intent to screens', () => {
    const staffIntents: Intent[] = [
      { id: 'x-000001', type: 'seat.approve', childId: 'c2' },
      { id: 'x-000002', type: 'seat.deny', childId: 'c2' },
      { id: 'x-000003', type: 'seat.release', childId: 'c1' },
      { id: 'x-000004', type: 'seat.move', fromChildId: 'c1', toChildId: 'c2' },
      { id: 'x-000005', type: 'eyes.set', on: true },
      { id: 'x-000006', type: 'settings.set', autoApprove: true },
      { id: 'x-000007', type: 'session.end' },
    ];
    const s = seatedState();
    for (const intent of staffIntents) {
      expect(decide(s, intent, tablet('d1'), 0)).toEqual({ ok: false, code: 'role.denied' });
      expect(decide(s, intent, tablet('guest'), 0)).toEqual({ ok: false, code: 'role.denied' });
      expect(decide(s, intent, screen, 0)).toEqual({ ok: false, code: 'role.denied' });
    }
    expect(decide(s, { id: 'x-000008', type: 'wave' }, screen, 0)).toEqual({ ok: false, code: 'role.denied' });
    expect(decide(s, { id: 'x-000009', type: 'wave' }, tablet('guest'), 0)).toEqual({ ok: false, code: 'role.denied' });
    expect(decide(s, { id: 'x-000010', type: 'wave' }, staff, 0)).toEqual({ ok: false, code: 'role.denied' });
  });

  it('a seated tablet acts as its own child only', () => {
    const r = decide(seatedState(), { id: 'w-000001', type: 'wave' }, tablet('d1'), 0);
    expect(r).toMatchObject({ ok: true, actor: { kind: 'seat', childId: 'c1' }, events: [{ type: 'wave.sent', payload: { childId: 'c1' } }] });
  });

  it('limits reactions per child within the window', () => {
    let s = seatedState();
    const t0 = 2_000_000;
    for (let i = 0; i < REACTIONS_PER_WINDOW; i++) {
      const r = decide(s, { id: `r-00000${i}`, type: 'reaction', kind: 'clap' }, tablet('d1'), t0 + i);
      expect(r.ok).toBe(true);
      s = stateFrom(
        [
          started(true),
          { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } },
          ...Array.from({ length: i + 1 }, () => ({ type: 'reaction.sent' as const, payload: { childId: 'c1', kind: 'clap' as const } })),
        ],
        t0 - 2,
      );
    }
    expect(decide(s, { id: 'r-000009', type: 'reaction', kind: 'heart' }, tablet('d1'), t0 + 10)).toEqual({ ok: false, code: 'reaction.too_fast' });
    expect(decide(s, { id: 'r-000010', type: 'reaction', kind: 'heart' }, tablet('d1'), t0 + REACTION_WINDOW_MS + 10).ok).toBe(true);
  });

  it('staff approve, deny, release and move', () => {
    const pending = stateFrom([started(false), { type: 'seat.requested', payload: { childId: 'c2', deviceHash: 'd2' } }]);
    expect(decide(pending, { id: 'a-000001', type: 'seat.approve', childId: 'c2' }, staff, 0)).toMatchObject({
      ok: true,
      events: [{ type: 'seat.granted', payload: { childId: 'c2', deviceHash: 'd2', by: 'staff' } }],
    });
    expect(decide(pending, { id: 'a-000002', type: 'seat.deny', childId: 'c2' }, staff, 0)).toMatchObject({ ok: true, events: [{ type: 'seat.denied' }] });
    expect(decide(pending, { id: 'a-000003', type: 'seat.approve', childId: 'c1' }, staff, 0)).toEqual({ ok: false, code: 'seat.not_requested' });
    const s = seatedState();
    expect(decide(s, { id: 'a-000004', type: 'seat.release', childId: 'c2' }, staff, 0)).toEqual({ ok: false, code: 'seat.not_seated' });
    expect(decide(s, { id: 'a-000005', type: 'seat.move', fromChildId: 'c1', toChildId: 'c1' }, staff, 0)).toEqual({ ok: false, code: 'seat.same' });
    expect(decide(s, { id: 'a-000006', type: 'seat.move', fromChildId: 'c1', toChildId: 'c3' }, staff, 0)).toMatchObject({
      ok: true,
      events: [{ type: 'seat.moved' }],
    });
  });

  it('nothing is accepted after the session ended', () => {
    const s = stateFrom([started(true), { type: 'session.ended', payload: { reason: 'staff' } }]);
    expect(decide(s, { id: 'e-000001', type: 'seat.claim', childId: 'c1' }, tablet('d1'), 0)).toEqual({ ok: false, code: 'session.ended' });
    expect(decide(s, { id: 'e-000002', type: 'eyes.set', on: true }, staff, 0)).toEqual({ ok: false, code: 'session.ended' });
  });
});
