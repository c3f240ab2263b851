// Spotlight intents: the presenter's buttons (ready, another card, pass, done) and the facilitator's controls.
import * as v from 'valibot';
import { ChildIdSchema } from '../../protocol/ids';
import { intentSpecs, type IntentsOf } from '../intent-spec';

export const SPOTLIGHT_INTENTS = intentSpecs({
  /** No child id: the fair scheduler picks. */
  'spotlight.offer': { roles: ['staff'], entries: { childId: v.optional(ChildIdSchema) } },
  /** A quiet child is invited: offered now if the stage is free, else next (ahead of the fair order). */
  'spotlight.invite': { roles: ['staff'], entries: { childId: ChildIdSchema } },
  'spotlight.ready': { roles: ['seat'], entries: {} },
  'spotlight.another-card': { roles: ['seat'], entries: {} },
  'spotlight.pass': { roles: ['seat'], entries: {} },
  'spotlight.done': { roles: ['seat'], entries: {} },
  'spotlight.skip': { roles: ['staff'], entries: {} },
  'spotlight.end-turn': { roles: ['staff'], entries: {} },
  'spotlight.badge': { roles: ['staff'], entries: { childId: ChildIdSchema } },
  'spotlight.extend': { roles: ['staff'], entries: {} },
});

export type SpotlightIntent = IntentsOf<typeof SPOTLIGHT_INTENTS>;
