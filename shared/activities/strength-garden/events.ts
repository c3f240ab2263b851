// Strength Garden events: self picks and un-picks, the phase, gifts between children, the facilitator's nudge.
import * as v from 'valibot';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';
import { STRENGTH_CARD_IDS } from './deck';

/** 'garden': the closing look: every tablet shows "my garden" read aloud; nothing more is picked or given. */
const GardenPhaseSchema = v.picklist(['self', 'give', 'garden']);
export type GardenPhase = v.InferOutput<typeof GardenPhaseSchema>;

const CardSchema = v.picklist(STRENGTH_CARD_IDS);

export const STRENGTH_GARDEN_EVENTS = eventSchemas({
  'garden.self-picked': v.object({ childId: v.string(), card: CardSchema }),
  /** Changing one's mind is always fine: the flower goes back to the deck. */
  'garden.self-unpicked': v.object({ childId: v.string(), card: CardSchema }),
  'garden.phase': v.object({ phase: GardenPhaseSchema }),
  /** A gift between children: the giver → receiver edge of the sociogram. */
  'garden.given': v.object({ from: v.string(), to: v.string(), card: CardSchema }),
  /** The facilitator asks givers' tablets to feature a child who has received nothing yet. */
  'garden.nudged': v.object({ childId: v.string() }),
});

export type StrengthGardenEvent = EventsOf<typeof STRENGTH_GARDEN_EVENTS>;
export const strengthGardenEvent = eventMaker(STRENGTH_GARDEN_EVENTS);
