// Spotlight events: a turn is offered, started or passed, and ended; badges; extensions — declared as payload schemas.
import * as v from 'valibot';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';

export const SPOTLIGHT_EVENTS = eventSchemas({
  'spotlight.offered': v.object({ childId: v.string(), card: v.string(), by: v.picklist(['scheduler', 'staff']) }),
  'spotlight.card.changed': v.object({ childId: v.string(), card: v.string() }),
  /** "I'm ready": latency is from the offer to this moment. */
  'spotlight.started': v.object({ childId: v.string(), latencyMs: v.number() }),
  /** A pass is a turn too (MEASURES §2), logged as a pass and never penalised. */
  'spotlight.passed': v.object({ childId: v.string(), latencyMs: v.number(), by: v.picklist(['child', 'staff']) }),
  'spotlight.ended': v.object({ childId: v.string(), durationMs: v.number(), by: v.picklist(['child', 'staff', 'round']) }),
  /** The facilitator invited a child to go next (a quiet child); the next offer goes to them. */
  'spotlight.invited': v.object({ childId: v.string() }),
  'spotlight.badge': v.object({ childId: v.string(), badge: v.picklist(['brave']) }),
  'spotlight.extended': v.object({ childId: v.string(), seconds: v.number() }),
});

export type SpotlightEvent = EventsOf<typeof SPOTLIGHT_EVENTS>;
export const spotlightEvent = eventMaker(SPOTLIGHT_EVENTS);
