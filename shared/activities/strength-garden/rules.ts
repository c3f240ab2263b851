// Strength Garden rules: picks in phase 1, gifts in phase 2 to present friends, kind limits; never ends by itself.
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision } from '../activity';
import { isStrengthCardId } from './deck';
import type { StrengthGardenEvent } from './events';
import type { StrengthGardenIntent } from './intents';
import { giftsFromTo, giftsTo, picksOf, type StrengthGardenState } from './state';

export function decideStrengthGarden(
  state: StrengthGardenState,
  intent: StrengthGardenIntent,
  actor: ActivityActor,
  ctx: ActivityContext,
): ActivityDecision<StrengthGardenEvent> {
  // The schema already admits deck ids only; this keeps the rules safe for callers that skip it.
  if ('card' in intent && !isStrengthCardId(intent.card)) return no('garden.unknown_card');
  switch (intent.type) {
    case 'garden.pick': {
      if (actor.role !== 'seat') return no('role.denied');
      if (state.phase !== 'self') return no('garden.not_now');
      const mine = picksOf(state, actor.childId);
      if (mine.some((p) => p.card === intent.card)) return no('garden.already_picked');
      if (mine.length >= state.settings.maxSelfPicks) return no('garden.picks_full');
      return ok({ type: 'garden.self-picked', payload: { childId: actor.childId, card: intent.card } });
    }
    case 'garden.unpick': {
      if (actor.role !== 'seat') return no('role.denied');
      if (state.phase !== 'self') return no('garden.not_now');
      if (!picksOf(state, actor.childId).some((p) => p.card === intent.card)) return no('garden.not_picked');
      return ok({ type: 'garden.self-unpicked', payload: { childId: actor.childId, card: intent.card } });
    }
    case 'garden.give': {
      if (actor.role !== 'seat') return no('role.denied');
      if (state.phase !== 'give') return no('garden.not_now');
      if (intent.to === actor.childId || !ctx.present.includes(intent.to)) return no('garden.bad_peer');
      const already = giftsFromTo(state, actor.childId, intent.to);
      if (already.some((g) => g.card === intent.card)) return no('garden.already_given');
      if (already.length >= state.settings.perPeerCap) return no('garden.peer_full');
      return ok({ type: 'garden.given', payload: { from: actor.childId, to: intent.to, card: intent.card } });
    }
    case 'garden.set-phase':
      // Going back to phase 1 is allowed (a click too early); gifts already given stay.
      if (intent.phase === state.phase) return no('garden.not_now');
      return ok({ type: 'garden.phase', payload: { phase: intent.phase } });
    case 'garden.nudge':
      if (state.phase !== 'give') return no('garden.not_now');
      if (!ctx.present.includes(intent.childId)) return no('garden.bad_peer');
      if (giftsTo(state, intent.childId).length > 0) return no('garden.has_flowers');
      return ok({ type: 'garden.nudged', payload: { childId: intent.childId } });
  }
}

export function applyStrengthGarden(state: StrengthGardenState, e: StrengthGardenEvent, at: number): StrengthGardenState {
  switch (e.type) {
    case 'garden.self-picked': {
      const { childId, card } = e.payload;
      return { ...state, picks: { ...state.picks, [childId]: [...picksOf(state, childId), { card, at }] } };
    }
    case 'garden.self-unpicked': {
      const { childId, card } = e.payload;
      return { ...state, picks: { ...state.picks, [childId]: picksOf(state, childId).filter((p) => p.card !== card) } };
    }
    case 'garden.phase':
      return { ...state, phase: e.payload.phase, phaseSince: at };
    case 'garden.given':
      return { ...state, gifts: [...state.gifts, { ...e.payload, at }] };
    case 'garden.nudged':
      // A second nudge for the same child keeps their place (the log still records it).
      return state.nudged.includes(e.payload.childId) ? state : { ...state, nudged: [...state.nudged, e.payload.childId] };
  }
}

/**
 * Never complete by itself: the facilitator ends the round, so children can keep giving after everyone has
 * a flower (an automatic end would cut off a child mid-gift). Nothing is open at the end: no finish events.
 */
export const strengthGardenComplete = (): boolean => false;
