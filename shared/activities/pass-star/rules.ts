// Pass the Star rules: only the holder passes, to a present child; "everyone once" completes the round.
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision } from '../activity';
import type { PassStarEvent } from './events';
import type { PassStarIntent } from './intents';
import { eligibleReceivers, everyoneHasHeld, TRAIL_LENGTH, type PassStarState } from './state';

const heldFor = (s: PassStarState, now: number) => (s.holderSince === null ? null : now - s.holderSince);

export function setupPassStar(state: PassStarState, ctx: ActivityContext): PassStarEvent[] {
  if (state.settings.firstHolder !== 'random' || ctx.present.length === 0) return [];
  const to = ctx.present[Math.floor(ctx.random() * ctx.present.length)] ?? ctx.present[0]!;
  return [{ type: 'star.given', payload: { to, by: 'random', heldMs: null, from: null } }];
}

export function decidePassStar(state: PassStarState, intent: PassStarIntent, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<PassStarEvent> {
  switch (intent.type) {
    case 'star.pass': {
      if (actor.role !== 'seat' || actor.childId !== state.holder) return no('star.not_holder');
      if (!ctx.present.includes(intent.to) || intent.to === actor.childId) return no('star.bad_target');
      if (!eligibleReceivers(state, ctx.present).includes(intent.to)) return no('star.already_had');
      return ok({ type: 'star.passed', payload: { from: actor.childId, to: intent.to, heldMs: heldFor(state, ctx.now) ?? 0 } });
    }
    case 'star.give': {
      if (!ctx.roster.some((r) => r.childId === intent.to) || !ctx.present.includes(intent.to)) return no('star.bad_target');
      if (intent.to === state.holder) return no('star.bad_target');
      return ok({ type: 'star.given', payload: { to: intent.to, by: 'staff', heldMs: heldFor(state, ctx.now), from: state.holder } });
    }
  }
}

export function applyPassStar(state: PassStarState, e: PassStarEvent, at: number): PassStarState {
  switch (e.type) {
    case 'star.given':
    case 'star.passed': {
      const to = e.payload.to;
      const held = state.held.includes(to) ? state.held : [...state.held, to];
      const trail = e.type === 'star.passed' ? [...state.trail, { from: e.payload.from, to, at }].slice(-TRAIL_LENGTH) : state.trail;
      return { ...state, holder: to, holderSince: at, held, trail, passes: state.passes + (e.type === 'star.passed' ? 1 : 0) };
    }
    case 'star.kept':
      return { ...state, holder: null, holderSince: null };
  }
}

export function finishPassStar(state: PassStarState, ctx: ActivityContext): PassStarEvent[] {
  if (state.holder === null || state.holderSince === null) return [];
  return [{ type: 'star.kept', payload: { holder: state.holder, heldMs: ctx.now - state.holderSince } }];
}

export function passStarComplete(state: PassStarState, ctx: ActivityContext): boolean {
  // Complete once the last child to get it has had it: everyone present has held the star.
  return state.settings.everyoneOnce && state.passes > 0 && everyoneHasHeld(state, ctx.present);
}
