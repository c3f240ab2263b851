// __NAME_EN__ rules: a child here picks or changes their weather, or says "not now"; the facilitator ends the round.
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision } from '../activity';
import type { __Camel__Event } from './events';
import type { __Camel__Intent } from './intents';
import type { __Camel__State } from './state';

export function setup__Camel__(): __Camel__Event[] {
  return [];
}

export function decide__Camel__(state: __Camel__State, intent: __Camel__Intent, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<__Camel__Event> {
  if (actor.role !== 'seat' || !ctx.present.includes(actor.childId)) return no('__ID__.not_in_round');
  const childId = actor.childId;
  switch (intent.type) {
    case '__ID__.pick': {
      const before = state.picks[childId];
      // Tapping the same picture again changes nothing (an accepted intent always logs an event, so it is refused gently).
      if (before === intent.weather) return no('__ID__.same_answer');
      return ok({ type: '__ID__.picked', payload: { childId, weather: intent.weather, changed: before !== undefined } });
    }
    case '__ID__.pass':
      if (state.passed.includes(childId)) return no('__ID__.same_answer');
      return ok({ type: '__ID__.passed', payload: { childId } });
  }
}

export function apply__Camel__(state: __Camel__State, e: __Camel__Event): __Camel__State {
  const { childId } = e.payload;
  const passed = state.passed.filter((c) => c !== childId);
  switch (e.type) {
    case '__ID__.picked':
      return { ...state, picks: { ...state.picks, [childId]: e.payload.weather }, passed };
    case '__ID__.passed': {
      // "Not now" takes a pick back: the sky shows only what children want to show now.
      const { [childId]: _gone, ...picks } = state.picks;
      return { ...state, picks, passed: [...passed, childId] };
    }
  }
}

export function finish__Camel__(): __Camel__Event[] {
  return [];
}

/** The round never ends by itself: children may change their weather until the facilitator ends it. */
export function __camel__Complete(): boolean {
  return false;
}
