// Spotlight settings: which deck, card swaps, a soft turn-length guide.
import * as v from 'valibot';
import { DECK_IDS } from './decks';

export const SpotlightSettingsSchema = v.object({
  deck: v.optional(v.picklist(DECK_IDS), 'good-at'),
  allowAnotherCard: v.optional(v.boolean(), true),
  /** A guide for the facilitator only; children never see a countdown. */
  turnSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(600)), 60),
});

export type SpotlightSettings = v.InferOutput<typeof SpotlightSettingsSchema>;
