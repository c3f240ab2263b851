// A group's programme: an ordered list of sessions, each a plan of rounds with notes for the facilitator.
import * as v from 'valibot';
import { ACTIVITY_IDS } from '../activities/registry';

const Words = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** Settings as a plan stores them: flat values, checked against the activity's schema when the round starts. */
export const PlanSettingsSchema = v.record(v.pipe(v.string(), v.maxLength(40)), v.union([v.pipe(v.string(), v.maxLength(200)), v.number(), v.boolean()]));

export const PlannedRoundSchema = v.strictObject({
  activity: v.picklist(ACTIVITY_IDS),
  settings: PlanSettingsSchema,
  /** For the facilitator: the theme, the talking points. Never shown to children. */
  note: v.optional(Words(600)),
});

export const ProgrammeSessionSchema = v.strictObject({
  title: v.pipe(Words(120), v.minLength(1, 'a session needs a title')),
  goal: v.optional(Words(600), ''),
  rounds: v.pipe(v.array(PlannedRoundSchema), v.maxLength(20)),
});

export const ProgrammeSchema = v.strictObject({
  /** The template it was copied from, if any (kept for the record; the copy is the group's own). */
  templateId: v.nullable(v.pipe(v.string(), v.maxLength(60))),
  title: v.pipe(Words(120), v.minLength(1)),
  sessions: v.pipe(v.array(ProgrammeSessionSchema), v.maxLength(30)),
});

export type PlanSettings = v.InferOutput<typeof PlanSettingsSchema>;
export type ProgrammeSession = v.InferOutput<typeof ProgrammeSessionSchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;

/** Which session of the programme a live session runs (shown on the console beside the plan). */
export interface PlanSession {
  index: number;
  count: number;
  title: string;
  goal: string;
}

export const PlanSessionSchema = v.strictObject({
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(29)),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
  title: Words(120),
  goal: Words(600),
});
