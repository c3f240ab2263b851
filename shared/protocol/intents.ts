// Client intents: valibot schemas (the single source) and the types derived from them.
import * as v from 'valibot';
import { REACTION_KINDS } from '../session/reactions';

const IntentId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,64}$/, 'intent id: 6–64 url-safe characters'));
const ChildId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'child id'));

function intent<T extends string, E extends v.ObjectEntries>(type: T, entries: E) {
  return v.strictObject({ id: IntentId, type: v.literal(type), ...entries });
}

export const IntentSchema = v.variant('type', [
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
]);

export type Intent = v.InferOutput<typeof IntentSchema>;
export type IntentType = Intent['type'];
export type IntentOf<T extends IntentType> = Extract<Intent, { type: T }>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseIntent(input: unknown): ParseResult<Intent> {
  const r = v.safeParse(IntentSchema, input);
  if (r.success) return { ok: true, value: r.output };
  return { ok: false, message: r.issues.map((i) => i.message).join('; ') };
}
