// Client intents: valibot schemas (the single source) and the types derived from them.
import * as v from 'valibot';
import { REACTION_KINDS } from '../session/reactions';
import { OBSERVATION_NOTE_MAX, OBSERVATION_TAGS } from '../session/observations';
import { ACTIVITY_IDS, activityIntentSpecs, type ActivityIntentBody } from '../activities/registry';

import { ChildIdSchema as ChildId, IntentIdSchema as IntentId } from './ids';

function intent<T extends string, E extends v.ObjectEntries>(type: T, entries: E) {
  return v.strictObject({ id: IntentId, type: v.literal(type), ...entries });
}

import { PlannedRoundSchema, PlanSessionSchema, PlanSettingsSchema } from '../programmes/programme';
const Seconds = v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(3600));

/** Intents of the session itself: seats, eyes, settings, rounds and timers. */
export const CoreIntentSchema = v.variant('type', [
  // tablet, before it has a seat
  intent('seat.claim', { childId: ChildId }),
  // tablet, seated
  intent('seat.leave', {}),
  intent('wave', {}),
  intent('reaction', { kind: v.picklist(REACTION_KINDS) }),
  // staff (console)
  intent('seat.approve', { childId: ChildId }),
  intent('seat.deny', { childId: ChildId }),
  intent('seat.release', { childId: ChildId }),
  intent('seat.move', { fromChildId: ChildId, toChildId: ChildId }),
  intent('eyes.set', { on: v.boolean() }),
  intent('settings.set', { autoApprove: v.boolean() }),
  intent('session.end', {}),
  intent('plan.set', { rounds: v.pipe(v.array(PlannedRoundSchema), v.maxLength(20)), session: v.optional(PlanSessionSchema) }),
  intent('round.start', {
    activity: v.picklist(ACTIVITY_IDS),
    settings: v.optional(PlanSettingsSchema),
    planIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  intent('round.pause', {}),
  intent('round.resume', {}),
  intent('round.end', {}),
  intent('timer.set', { seconds: v.nullable(Seconds), visibleToChildren: v.boolean() }),
  intent('timer.extend', { seconds: Seconds }),
  intent('timer.show', { visibleToChildren: v.boolean() }),
  intent('observation.tag', {
    childId: ChildId,
    tag: v.picklist(OBSERVATION_TAGS),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(OBSERVATION_NOTE_MAX))),
  }),
  intent('observation.undo', { tagId: IntentId }),
]);

/** Every intent: the session's own and each registered activity's, built from the same specs. */
export const IntentSchema = v.variant('type', [...CoreIntentSchema.options, ...activityIntentSpecs().map(([type, spec]) => intent(type, spec.entries))]);

export type CoreIntent = v.InferOutput<typeof CoreIntentSchema>;
export type Intent = CoreIntent | (ActivityIntentBody & { id: string });
export type IntentType = Intent['type'];
export type IntentOf<T extends IntentType> = Extract<Intent, { type: T }>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseIntent(input: unknown): ParseResult<Intent> {
  const r = v.safeParse(IntentSchema, input);
  // The activity variants are built from the same specs their types derive from.
  if (r.success) return { ok: true, value: r.output as Intent };
  return { ok: false, message: r.issues.map((i) => i.message).join('; ') };
}
