// Folds round and activity events into the session state (pure).
import { activity } from '../activities/registry';
import type { SessionEvent } from './events';
import type { RoundEventBody } from './round-types';
import type { SessionState } from './state';

const ROUND_TYPES = new Set<string>(['plan.set', 'round.started', 'round.paused', 'round.resumed', 'round.ended', 'timer.set', 'timer.extended']);

export function isRoundEvent(e: { type: string }): e is RoundEventBody {
  return ROUND_TYPES.has(e.type);
}

export function applyRoundEvent(state: SessionState, e: SessionEvent & RoundEventBody): SessionState {
  const round = state.round;
  switch (e.type) {
    case 'plan.set': {
      const session = e.payload.session ?? null;
      const sameSession = (session?.index ?? null) === (state.planSession?.index ?? null);
      if (sameSession) return { ...state, plan: e.payload.rounds, planSession: session };
      // Another programme session's plan: rounds run so far were items of the old plan, not of this one.
      return {
        ...state,
        plan: e.payload.rounds,
        planSession: session,
        roundsDone: state.roundsDone.map((r) => ({ ...r, planIndex: null })),
        round: state.round ? { ...state.round, planIndex: null } : null,
      };
    }
    case 'round.started': {
      const def = activity(e.payload.activity);
      return {
        ...state,
        round: {
          number: e.payload.number,
          activity: e.payload.activity,
          settings: e.payload.settings,
          planIndex: e.payload.planIndex,
          startedAt: e.at,
          paused: false,
          pausedAt: null,
          pausedMs: 0,
          timer: { durationMs: null, visibleToChildren: false },
          history: e.payload.history,
          data: def.initial(e.payload.settings),
        },
      };
    }
    case 'round.paused':
      return round ? { ...state, round: { ...round, paused: true, pausedAt: e.at } } : state;
    case 'round.resumed':
      return round ? { ...state, round: { ...round, paused: false, pausedAt: null, pausedMs: round.pausedMs + (e.at - (round.pausedAt ?? e.at)) } } : state;
    case 'round.ended':
      if (!round) return state;
      return {
        ...state,
        round: null,
        roundsDone: [
          ...state.roundsDone,
          { number: round.number, activity: round.activity, planIndex: round.planIndex, startedAt: round.startedAt, endedAt: e.at, reason: e.payload.reason },
        ],
      };
    case 'timer.set':
      return round ? { ...state, round: { ...round, timer: e.payload } } : state;
    case 'timer.extended':
      return round && round.timer.durationMs !== null
        ? { ...state, round: { ...round, timer: { ...round.timer, durationMs: round.timer.durationMs + e.payload.ms } } }
        : state;
  }
}

/** Activity events go to the running round's activity. */
export function applyActivityEvent(state: SessionState, e: SessionEvent): SessionState {
  const round = state.round;
  if (!round) return state;
  const def = activity(round.activity);
  return { ...state, round: { ...round, data: def.apply(round.data, e as Parameters<typeof def.apply>[1], e.at) } };
}
