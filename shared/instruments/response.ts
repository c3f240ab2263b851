// One child's answers to one instrument as a round stores them: what the review's check-in tab and the research exports read.
import * as v from 'valibot';
import { LANGUAGES } from '../session/roster';

const ResponseStatusSchema = v.picklist(['finished', 'partial', 'declined', 'no-answer']);
export type InstrumentResponseStatus = v.InferOutput<typeof ResponseStatusSchema>;

/** The stored result of one child's check-in: replayable and exportable like every other event. */
export const InstrumentResponseSchema = v.object({
  childId: v.string(),
  instrumentId: v.string(),
  version: v.string(),
  /** finished: reached the end (items may be skipped); partial: the round ended midway; declined: said "not today"; no-answer: present, never began. */
  status: ResponseStatusSchema,
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
  language: v.nullable(v.picklist(LANGUAGES)),
});
export type InstrumentResponse = v.InferOutput<typeof InstrumentResponseSchema>;
