// The session reducer: apply(state, event) → state, pure; a session is events.reduce(apply, empty).
import type { SessionEvent } from './events';
import { REACTION_WINDOW_MS } from '../protocol/limits';
import { emptyState, type SessionState } from './state';
import { applyActivityEvent, applyRoundEvent, isRoundEvent } from './round-reducer';

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function applyBody(state: SessionState, e: SessionEvent): SessionState {
  if (isRoundEvent(e)) return applyRoundEvent(state, e);
  switch (e.type) {
    case 'session.started':
      return {
        ...state,
        startedAt: e.at,
        groupId: e.payload.groupId,
        groupName: e.payload.groupName,
        language: e.payload.language,
        ageBand: e.payload.ageBand,
        autoApprove: e.payload.autoApprove,
        roster: e.payload.roster,
      };
    case 'session.ended':
      return { ...state, endedAt: e.at, eyesOn: false, requests: {} };
    case 'observation.tagged': {
      const by = e.actor.kind === 'staff' ? e.actor.staffId : '';
      const { id, childId, tag, note } = e.payload;
      return { ...state, observations: [...state.observations, { id, childId, tag, note: note || null, at: e.at, by, undone: false }] };
    }
    case 'observation.undone':
      return { ...state, observations: state.observations.map((o) => (o.id === e.payload.id ? { ...o, undone: true } : o)) };
    // The code lives in the index, not the state: only the version moves.
    case 'join.code_changed':
      return state;
    case 'roster.synced':
      return { ...state, roster: e.payload.roster };
    case 'seat.requested': {
      // One pending request per device: a new tap replaces the old one.
      const requests = { ...state.requests, [e.payload.deviceHash]: { ...e.payload, at: e.at } };
      return { ...state, requests };
    }
    case 'seat.granted': {
      const seat = {
        childId: e.payload.childId,
        deviceHash: e.payload.deviceHash,
        seatedAt: e.at,
        connected: true,
        presenceSince: e.at,
      };
      return {
        ...state,
        seats: { ...state.seats, [seat.childId]: seat },
        requests: withoutKey(state.requests, e.payload.deviceHash),
      };
    }
    case 'seat.denied':
      return { ...state, requests: withoutKey(state.requests, e.payload.deviceHash) };
    case 'seat.released':
      return { ...state, seats: withoutKey(state.seats, e.payload.childId) };
    case 'seat.moved': {
      const seat = state.seats[e.payload.fromChildId];
      if (!seat) return state;
      const seats = withoutKey(state.seats, e.payload.fromChildId);
      seats[e.payload.toChildId] = { ...seat, childId: e.payload.toChildId, seatedAt: e.at };
      return { ...state, seats };
    }
    case 'presence.changed': {
      const seat = state.seats[e.payload.childId];
      if (!seat) return state;
      const next = { ...seat, connected: e.payload.connected, presenceSince: e.at };
      return { ...state, seats: { ...state.seats, [seat.childId]: next } };
    }
    case 'settings.changed':
      return { ...state, autoApprove: e.payload.autoApprove };
    case 'eyes.changed':
      return { ...state, eyesOn: e.payload.on };
    // A wave changes nothing of the state: the screen floats it up from the event itself.
    case 'wave.sent':
      return state;
    case 'reaction.sent': {
      const { childId } = e.payload;
      const recent = (state.reactionTimes[childId] ?? []).filter((t) => e.at - t < REACTION_WINDOW_MS);
      return {
        ...state,
        reactionTimes: { ...state.reactionTimes, [childId]: [...recent, e.at] },
      };
    }
    default:
      return applyActivityEvent(state, e);
  }
}

export function applyEvent(state: SessionState, e: SessionEvent): SessionState {
  return { ...applyBody(state, e), version: e.seq };
}

export function foldEvents(sessionId: string, events: readonly SessionEvent[]): SessionState {
  return events.reduce(applyEvent, emptyState(sessionId));
}
