// Intents for the room fuzz, derived from the protocol's schema and the activity registry (no activity named here).
import type * as v from 'valibot';
import { IntentSchema } from '../../../shared/protocol/intents';
import { roleMay } from '../../../shared/protocol/roles';
import { activity, activityOfIntent, isActivityId } from '../../../shared/activities/registry';
import { roleOf, type Who } from '../../../shared/session/rules';
import type { SessionState } from '../../../shared/session/state';
import { objectFor, valueFor, type Draw } from './schema-values';

type Entries = Record<string, v.GenericSchema>;

/** Every intent type the protocol knows, with its payload's fields (the id and type left out). */
export const INTENT_SHAPES: ReadonlyMap<string, Entries> = new Map(
  IntentSchema.options.map((o) => {
    const { id: _id, type, ...rest } = o.entries as Entries & { type: { literal: string } };
    return [type.literal, rest];
  }),
);

/**
 * How often a type is chosen among those that fit. Ending the session stops everything after it, so it is rare
 * and only in a run's last third;
 * starting a round is common while none runs, so every activity gets played; ending one is less common, so
 * rounds last long enough for their own intents.
 */
function weightOf(type: string, state: SessionState, mayEnd: boolean): number {
  if (type === 'session.end') return mayEnd ? 0.05 : 0;
  if (type === 'round.start') return state.round ? 0.3 : 4;
  if (type === 'round.end') return 0.35;
  // A paused round takes no activity intents: pausing is occasional, resuming soon follows.
  if (type === 'round.pause') return 0.25;
  if (type === 'round.resume') return state.round?.paused ? 4 : 0.25;
  if (type === 'plan.set') return 0.2;
  // Leaving is legal at any time but ends a child's part in the round: now and then, not every other step.
  if (type === 'seat.leave') return 0.15;
  return activityOfIntent(type) ? 3 : 1;
}

function weighted(r: () => number, types: readonly string[], state: SessionState, mayEnd: boolean): string {
  const weights = types.map((t) => weightOf(t, state, mayEnd));
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < types.length; i++) if ((x -= weights[i]!) < 0) return types[i]!;
  return types.at(-1)!;
}

/**
 * An intent from `who`: mostly one its role may send and that fits the moment (the running round's activity),
 * sometimes any type at all (another role's, another activity's). Payloads come from the schema, with strings
 * from what this sender can see, so many are valid, some stale and some wrong.
 */
export function makeIntent(state: SessionState, who: Who, d: Draw, id: string, mayEnd = true): { id: string; type: string } & Record<string, unknown> {
  const r = d.random;
  const role = roleOf(state, who);
  const all = [...INTENT_SHAPES.keys()];
  const fitting = all.filter((t) => roleMay(role, t as never) && (!activityOfIntent(t) || activityOfIntent(t) === state.round?.activity));
  const type = weighted(r, fitting.length > 0 && r() < 0.85 ? fitting : all, state, mayEnd);
  const body = objectFor(INTENT_SHAPES.get(type)!, d);
  // A round's settings: from the chosen activity's own settings schema (its defaults when left out).
  if (isActivityId(body.activity) && 'settings' in body) body.settings = valueFor(activity(body.activity).settingsSchema, d);
  return { id, type, ...body };
}

/** Every string in a view (ids of children, pieces, slots, items, options, tags): what a client could send back. */
export function stringsOf(view: unknown, out = new Set<string>()): Set<string> {
  if (typeof view === 'string') {
    if (view.length <= 64) out.add(view);
  } else if (Array.isArray(view)) {
    for (const x of view) stringsOf(x, out);
  } else if (view && typeof view === 'object') {
    for (const x of Object.values(view)) stringsOf(x, out);
  }
  return out;
}

/**
 * The view's strings by the name they appear under, for fields named alike: `pieceId` finds `hand[].pieceId`,
 * `itemId` finds `item.id`, `option` finds `options[].id`, `to` and `childId` find `childId`s.
 */
export function hintsOf(view: unknown): (field: string) => string[] {
  const found: { key: string; parent: string; value: string }[] = [];
  const walk = (x: unknown, key: string, parent: string) => {
    if (typeof x === 'string') found.push({ key, parent, value: x });
    else if (Array.isArray(x)) for (const y of x) walk(y, key, parent);
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, k, key);
  };
  walk(view, '', '');
  return (field) => {
    const childLike = field === 'to' || field.endsWith('ChildId');
    return found
      .filter(
        ({ key, parent }) =>
          key === field || (childLike && key === 'childId') || (key === 'id' && (parent === field || `${parent}Id` === field || parent === `${field}s`)),
      )
      .map((f) => f.value);
  };
}
