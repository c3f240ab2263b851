// Builders for session events and states used by unit tests.
import type { Actor, EventBody, SessionEvent } from '../../shared/session/events';
import { envelope } from '../../shared/session/envelope';
import { applyEvent } from '../../shared/session/reducer';
import { emptyState, type SessionState } from '../../shared/session/state';
import type { RosterEntry } from '../../shared/session/roster';

export const ROSTER: RosterEntry[] = [
  { childId: 'c1', nickname: 'Mimi', avatar: 'cat' },
  { childId: 'c2', nickname: 'Bo', avatar: 'dog' },
  { childId: 'c3', nickname: '小明', avatar: 'panda' },
];

export function started(autoApprove = false): EventBody {
  return {
    type: 'session.started',
    payload: { groupId: 'g1', groupName: 'Sunflowers', language: 'en', ageBand: '7-12', autoApprove, roster: ROSTER },
  };
}

/** Folds bodies as if the server had logged them one per millisecond from t0. */
export function stateFrom(bodies: EventBody[], t0 = 1_000_000, actor: Actor = { kind: 'system' }): SessionState {
  return envelope(emptyState('s1'), bodies, { at: (i) => t0 + i, actor }).reduce(applyEvent, emptyState('s1'));
}

export function eventsFrom(bodies: EventBody[], t0 = 1_000_000): SessionEvent[] {
  return envelope(emptyState('s1'), bodies, { at: (i) => t0 + i, actor: { kind: 'system' } });
}
