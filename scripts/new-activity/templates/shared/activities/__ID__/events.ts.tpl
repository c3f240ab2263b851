// __NAME_EN__ events: a child picked (or changed) their weather, or said "not now"; declared as payload schemas.
import * as v from 'valibot';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';
import { WEATHERS } from './weathers';

export const __CONST___EVENTS = eventSchemas({
  /** A child's weather; `changed` when it replaces their earlier pick. */
  '__ID__.picked': v.object({ childId: v.string(), weather: v.picklist(WEATHERS), changed: v.boolean() }),
  /** A child said "not now" (always possible, never counted against them). */
  '__ID__.passed': v.object({ childId: v.string() }),
});

export type __Camel__Event = EventsOf<typeof __CONST___EVENTS>;
export const __camel__Event = eventMaker(__CONST___EVENTS);
