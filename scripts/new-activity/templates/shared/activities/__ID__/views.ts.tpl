// __NAME_EN__ views: the group's sky (screen: which weathers, never whose or how many), my pick (tablet), who answered (console).
import type { ActivityContext } from '../activity';
import type { __Camel__State } from './state';
import { WEATHERS, type Weather } from './weathers';

export interface __Camel__Screen {
  activity: '__ID__';
  /** The kinds of weather in the group's sky, in a fixed order: no names, no counts, not even who came first. */
  sky: Weather[];
}

export interface __Camel__Tablet {
  activity: '__ID__';
  /** This child's own pick (children never see anyone else's). */
  mine: Weather | null;
  passed: boolean;
}

export interface __Camel__Console {
  activity: '__ID__';
  /** Children here who have picked a weather (not which: the facilitator sees who answered, as in a check-in). */
  answered: string[];
  /** Children here whose answer is "not now". */
  notNow: string[];
  /** Children here who have not answered yet. */
  waiting: string[];
}

export function __camel__Screen(state: __Camel__State, ctx: ActivityContext): __Camel__Screen {
  const here = new Set(ctx.present);
  const picked = new Set(Object.entries(state.picks).flatMap(([childId, w]) => (here.has(childId) ? [w] : [])));
  return { activity: '__ID__', sky: WEATHERS.filter((w) => picked.has(w)) };
}

export function __camel__Tablet(state: __Camel__State, childId: string): __Camel__Tablet {
  return { activity: '__ID__', mine: state.picks[childId] ?? null, passed: state.passed.includes(childId) };
}

export function __camel__Console(state: __Camel__State, ctx: ActivityContext): __Camel__Console {
  return {
    activity: '__ID__',
    answered: ctx.present.filter((c) => state.picks[c] !== undefined),
    notNow: ctx.present.filter((c) => state.passed.includes(c)),
    waiting: ctx.present.filter((c) => state.picks[c] === undefined && !state.passed.includes(c)),
  };
}
