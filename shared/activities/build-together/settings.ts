// Build Together settings: which picture, free building or taking turns, and whether help shows where a piece goes.
import * as v from 'valibot';
import { DESIGN_IDS } from './designs';

export const TURN_MODES = ['free', 'turns'] as const;
export type TurnMode = (typeof TURN_MODES)[number];

export const BuildTogetherSettingsSchema = v.object({
  design: v.optional(v.picklist(DESIGN_IDS), 'house'),
  /** free: anyone places any time; turns: one child at a time, in the fair order. */
  turnMode: v.optional(v.picklist(TURN_MODES), 'free'),
  /**
   * On: a help request highlights the fitting places on the screen, and once a peer helps, on the
   * asker's tablet too. Off: the request (who needs which piece) still shows, and peers explain it.
   */
  showHints: v.optional(v.boolean(), true),
});

export type BuildTogetherSettings = v.InferOutput<typeof BuildTogetherSettingsSchema>;
