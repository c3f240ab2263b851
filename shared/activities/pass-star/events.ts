// Pass the Star events: giving, passing (giver → receiver) and the final hold, declared as payload schemas.
import * as v from 'valibot';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';

export const PASS_STAR_EVENTS = eventSchemas({
  /** The facilitator (or chance) hands the star to a child; not a pass between children. */
  'star.given': v.object({ to: v.string(), by: v.picklist(['staff', 'random']), heldMs: v.nullable(v.number()), from: v.nullable(v.string()) }),
  /** A child passes to another child: the who-passes-to-whom edge of the sociogram. */
  'star.passed': v.object({ from: v.string(), to: v.string(), heldMs: v.number() }),
  /** The round ended while a child held the star: their hold ends here. */
  'star.kept': v.object({ holder: v.string(), heldMs: v.number() }),
});

export type PassStarEvent = EventsOf<typeof PASS_STAR_EVENTS>;
export const passStarEvent = eventMaker(PASS_STAR_EVENTS);
