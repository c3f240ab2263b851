// Strength Garden intents: a child picks / un-picks / gives a deck card; the facilitator sets the phase and nudges.
import * as v from 'valibot';
import { ChildIdSchema } from '../../protocol/ids';
import { intentSpecs, type IntentsOf } from '../intent-spec';
import { STRENGTH_CARD_IDS } from './deck';

/** Only deck ids pass the schema: a card outside the (all-positive) deck never reaches the rules. */
const CardSchema = v.picklist(STRENGTH_CARD_IDS);

export const STRENGTH_GARDEN_INTENTS = intentSpecs({
  'garden.pick': { roles: ['seat'], entries: { card: CardSchema } },
  'garden.unpick': { roles: ['seat'], entries: { card: CardSchema } },
  'garden.give': { roles: ['seat'], entries: { to: ChildIdSchema, card: CardSchema } },
  'garden.set-phase': { roles: ['staff'], entries: { phase: v.picklist(['self', 'give', 'garden']) } },
  'garden.nudge': { roles: ['staff'], entries: { childId: ChildIdSchema } },
});

export type StrengthGardenIntent = IntentsOf<typeof STRENGTH_GARDEN_INTENTS>;
