// What the facilitator writes in a process record (goal attainment, dynamics, reflection, follow-up): schema and types.
import * as v from 'valibot';

const Words = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const ATTAINMENT_LEVELS = ['achieved', 'partly', 'not'] as const;
export type AttainmentLevel = (typeof ATTAINMENT_LEVELS)[number];

export const RecordFieldsSchema = v.strictObject({
  place: v.optional(Words(200), ''),
  /** One entry per goal of the session, in the drafted order; level null = not assessed yet. */
  attainment: v.optional(
    v.pipe(v.array(v.strictObject({ goal: Words(600), level: v.nullable(v.picklist(ATTAINMENT_LEVELS)), note: Words(2000) })), v.maxLength(20)),
    [],
  ),
  dynamics: v.optional(Words(4000), ''),
  reflection: v.optional(Words(4000), ''),
  followUp: v.optional(Words(4000), ''),
  /** The worker's notes on a child, by child id (the worker's words, never a child's). */
  individual: v.optional(v.record(v.pipe(v.string(), v.maxLength(64)), Words(2000)), {}),
});

export type RecordFields = v.InferOutput<typeof RecordFieldsSchema>;

export const EMPTY_FIELDS: RecordFields = { place: '', attainment: [], dynamics: '', reflection: '', followUp: '', individual: {} };

/** The names of the fields a save changed (the history shows them; individual notes by child id). */
export function changedFields(before: RecordFields, after: RecordFields): string[] {
  const out: string[] = [];
  for (const key of ['place', 'dynamics', 'reflection', 'followUp'] as const) if (before[key] !== after[key]) out.push(key);
  if (JSON.stringify(before.attainment) !== JSON.stringify(after.attainment)) out.push('attainment');
  const kids = new Set([...Object.keys(before.individual), ...Object.keys(after.individual)]);
  for (const id of [...kids].sort()) if ((before.individual[id] ?? '') !== (after.individual[id] ?? '')) out.push(`individual:${id}`);
  return out;
}

export type RecordStatus = 'none' | 'draft' | 'final';
