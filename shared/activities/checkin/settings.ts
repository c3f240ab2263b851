// Check-in settings: which instrument (an id or a family such as the daily check-in), read-aloud mode.
import * as v from 'valibot';
import { InstrumentSchema } from '../../instruments/schema';

export const DAILY_FAMILY = 'circletime-daily';

export const CheckinSettingsSchema = v.object({
  /** An instrument id, or a family id resolved by the group's age band when the round starts. */
  instrument: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(48)), DAILY_FAMILY),
  /** 'auto' reads each item aloud when it appears; 'tap' only on the speaker button. */
  readAloud: v.optional(v.picklist(['tap', 'auto']), 'tap'),
  /** The instrument itself, filled in by the server at the round's start (whatever a client sent is replaced). */
  used: v.optional(InstrumentSchema),
});

export type CheckinSettings = v.InferOutput<typeof CheckinSettingsSchema>;
