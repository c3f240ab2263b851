// Pass the Star settings: who gets the star first, "everyone once", and the receiver's prompt.
import * as v from 'valibot';

export const STAR_PROMPTS = ['none', 'say-name', 'say-like', 'say-thrower'] as const;
export type StarPrompt = (typeof STAR_PROMPTS)[number];

export const PassStarSettingsSchema = v.object({
  firstHolder: v.optional(v.picklist(['random', 'facilitator']), 'random'),
  everyoneOnce: v.optional(v.boolean(), true),
  prompt: v.optional(v.picklist(STAR_PROMPTS), 'say-name'),
});

export type PassStarSettings = v.InferOutput<typeof PassStarSettingsSchema>;
