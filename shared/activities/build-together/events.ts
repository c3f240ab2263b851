// Build Together events: dealing pieces, placing them, help asked and given, turns offered and passed, completion.
import * as v from 'valibot';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';

const BuildDealReasonSchema = v.picklist(['start', 'joined', 'left']);
export type BuildDealReason = v.InferOutput<typeof BuildDealReasonSchema>;

export const BUILD_TOGETHER_EVENTS = eventSchemas({
  /** Every present child's whole hand after the deal (replaces the previous hands). */
  'build.dealt': v.object({ hands: v.record(v.string(), v.array(v.string())), reason: BuildDealReasonSchema }),
  /** A turn (MEASURES §2): latency runs from the turn's offer; null in free mode, where nothing is offered. */
  'build.placed': v.object({ childId: v.string(), pieceId: v.string(), slotId: v.string(), latencyMs: v.nullable(v.number()) }),
  'build.help-asked': v.object({ childId: v.string(), pieceId: v.string() }),
  /** The who-helps-whom edge: `from` pressed help for `to`. */
  'build.help-given': v.object({ from: v.string(), to: v.string(), pieceId: v.string() }),
  'build.turn-offered': v.object({ childId: v.string() }),
  /** Passing is always allowed and never penalised. */
  'build.turn-passed': v.object({ childId: v.string() }),
  /** Logged as the round closes with every slot filled; `by` in roster order. */
  'build.completed': v.object({ by: v.array(v.string()), durationMs: v.number() }),
});

export type BuildTogetherEvent = EventsOf<typeof BUILD_TOGETHER_EVENTS>;
export const buildTogetherEvent = eventMaker(BUILD_TOGETHER_EVENTS);
