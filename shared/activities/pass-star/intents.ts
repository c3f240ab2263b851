// Pass the Star intents: a child passes (only the holder), the facilitator gives the star to someone.
import { ChildIdSchema } from '../../protocol/ids';
import { intentSpecs, type IntentsOf } from '../intent-spec';

export const PASS_STAR_INTENTS = intentSpecs({
  'star.pass': { roles: ['seat'], entries: { to: ChildIdSchema } },
  'star.give': { roles: ['staff'], entries: { to: ChildIdSchema } },
});

export type PassStarIntent = IntentsOf<typeof PASS_STAR_INTENTS>;
