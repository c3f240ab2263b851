// Strength Garden settings: how many strengths a child picks for themselves, and the per-friend giving cap.
import * as v from 'valibot';

export const StrengthGardenSettingsSchema = v.object({
  /** Phase 1: up to this many strengths about oneself ("up to three"). */
  maxSelfPicks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)), 3),
  /**
   * Phase 2: at most this many cards from one giver to one friend (each card at most once), so a child
   * spreads kindness around instead of filling one best friend's bed.
   */
  perPeerCap: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), 3),
});

export type StrengthGardenSettings = v.InferOutput<typeof StrengthGardenSettingsSchema>;
