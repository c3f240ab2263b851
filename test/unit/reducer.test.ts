// The session reducer: folding events gives the expected state, and replay is deterministic.
import { describe, expect, it } from 'vitest';
import { applyEvent, foldEvents } from '../../shared/session/reducer';
import { eventsFrom, ROSTER, started, stateFrom } from '../support/session-fixtures';

describe('session reducer', () => {
  it('starts with the roster snapshot and settings from session.started', () => {
    const s = stateFrom([started(true)]);
    expect(s.version).toBe(1);
    expect(s.roster).toEqual(ROSTER);
    expect(s.autoApprove).toBe(true);
    expect(s.groupName).toBe('Sunflowers');
    expect(s.endedAt).toBeNull();
  });

  it('a request then a grant seats the device and clears the request', () => {
    const s = stateFrom([
      started(),
      { type: 'seat.requested', payload: { childId: 'c1', deviceHash: 'd1' } },
      { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'staff' } },
    ]);
    expect(s.requests).toEqual({});
    expect(s.seats.c1).toMatchObject({ childId: 'c1', deviceHash: 'd1', connected: true });
  });

  it('a device has one pending request: a new tap replaces the old one', () => {
    const s = stateFrom([
      started(),
      { type: 'seat.requested', payload: { childId: 'c1', deviceHash: 'd1' } },
      { type: 'seat.requested', payload: { childId: 'c2', deviceHash: 'd1' } },
    ]);
    expect(Object.values(s.requests).map((r) => r.childId)).toEqual(['c2']);
  });

  it('moving a seat keeps the device and frees the old child', () => {
    const s = stateFrom([
      started(true),
      { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } },
      { type: 'seat.moved', payload: { fromChildId: 'c1', toChildId: 'c3' } },
    ]);
    expect(s.seats.c1).toBeUndefined();
    expect(s.seats.c3?.deviceHash).toBe('d1');
  });

  it('presence changes record the time they happened', () => {
    const s = stateFrom(
      [
        started(true),
        { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } },
        { type: 'presence.changed', payload: { childId: 'c1', connected: false } },
      ],
      5000,
    );
    expect(s.seats.c1).toMatchObject({ connected: false, presenceSince: 5002 });
  });

  it('release, eyes, settings and end', () => {
    const s = stateFrom([
      started(true),
      { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } },
      { type: 'seat.released', payload: { childId: 'c1', by: 'staff' } },
      { type: 'eyes.changed', payload: { on: true } },
      { type: 'settings.changed', payload: { autoApprove: false } },
    ]);
    expect(s.seats).toEqual({});
    expect(s.eyesOn).toBe(true);
    expect(s.autoApprove).toBe(false);
    const ended = stateFrom([started(), { type: 'eyes.changed', payload: { on: true } }, { type: 'session.ended', payload: { reason: 'staff' } }]);
    expect(ended.endedAt).not.toBeNull();
    expect(ended.eyesOn).toBe(false);
  });

  it('a wave changes nothing of the state but its version (the screen floats it up from the event)', () => {
    const bodies = [started(true), { type: 'seat.granted' as const, payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' as const } }];
    const before = stateFrom(bodies);
    const after = stateFrom([...bodies, { type: 'wave.sent', payload: { childId: 'c1' } } as never]);
    expect({ ...after, version: before.version }).toEqual(before);
  });

  it('folding the same log twice gives equal states (replay is deterministic)', () => {
    const events = eventsFrom([
      started(),
      { type: 'seat.requested', payload: { childId: 'c2', deviceHash: 'd2' } },
      { type: 'seat.granted', payload: { childId: 'c2', deviceHash: 'd2', by: 'staff' } },
      { type: 'reaction.sent', payload: { childId: 'c2', kind: 'heart' } },
    ]);
    expect(foldEvents('s1', events)).toEqual(foldEvents('s1', events));
    expect(foldEvents('s1', events).version).toBe(4);
  });

  it('does not mutate the previous state', () => {
    const before = stateFrom([started(true)]);
    const copy = structuredClone(before);
    applyEvent(before, {
      type: 'seat.granted',
      payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' },
      seq: 2,
      sessionId: 's1',
      at: 1,
      actor: { kind: 'guest' },
    });
    expect(before).toEqual(copy);
  });
});
