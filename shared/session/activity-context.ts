// Builds the context an activity's rules and views see, from the session state.
import type { ActivityContext } from '../activities/activity';
import { presentChildren, type SessionState } from './state';

export function activityContext(state: SessionState, now: number, random: () => number = () => 0): ActivityContext {
  return { now, roster: state.roster, present: presentChildren(state), history: state.round?.history ?? {}, random };
}
