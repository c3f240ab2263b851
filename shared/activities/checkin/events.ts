// Check-in events: assent, each answer with its timing, going back, and one final response per child.
import * as v from 'valibot';
import { LANGUAGES } from '../../session/roster';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';

const CheckinStatusSchema = v.picklist(['finished', 'partial', 'declined', 'no-answer']);
export type CheckinStatus = v.InferOutput<typeof CheckinStatusSchema>;

const LanguageSchema = v.nullable(v.picklist(LANGUAGES));

/** The stored result of one child's check-in: replayable and exportable like every other event. */
const CheckinResponseSchema = v.object({
  childId: v.string(),
  instrumentId: v.string(),
  version: v.string(),
  /** finished: reached the end (items may be skipped); partial: the round ended midway; declined: said "not today"; no-answer: present, never began. */
  status: CheckinStatusSchema,
  /** Option id per item id; null = skipped (by the child, or unanswered when the round ended). */
  answers: v.record(v.string(), v.nullable(v.string())),
  skipped: v.array(v.string()),
  /** Milliseconds from an item appearing to its (last) answer. */
  itemMs: v.record(v.string(), v.number()),
  /** Item scores after reversal and the total (null unless complete), from scoreResponse. */
  itemScores: v.record(v.string(), v.nullable(v.number())),
  total: v.nullable(v.number()),
  /** Answers changed after going back. */
  changes: v.number(),
  durationMs: v.nullable(v.number()),
  /** The language the child saw the items in. */
  language: LanguageSchema,
});
export type CheckinResponse = v.InferOutput<typeof CheckinResponseSchema>;

export const CHECKIN_EVENTS = eventSchemas({
  'checkin.assented': v.object({ childId: v.string(), yes: v.boolean(), language: LanguageSchema }),
  'checkin.answered': v.object({
    childId: v.string(),
    itemId: v.string(),
    option: v.nullable(v.string()),
    ms: v.number(),
    changed: v.boolean(),
    language: LanguageSchema,
  }),
  'checkin.went-back': v.object({ childId: v.string(), index: v.number() }),
  'checkin.response': CheckinResponseSchema,
});

export type CheckinEvent = EventsOf<typeof CHECKIN_EVENTS>;
export const checkinEvent = eventMaker(CHECKIN_EVENTS);
