// Check-in events: assent, each answer with its timing, going back, and one final response per child.
import * as v from 'valibot';
import { InstrumentResponseSchema, type InstrumentResponse, type InstrumentResponseStatus } from '../../instruments/response';
import { LANGUAGES } from '../../session/roster';
import { eventMaker, eventSchemas, type EventsOf } from '../event-spec';

const LanguageSchema = v.nullable(v.picklist(LANGUAGES));

export type CheckinStatus = InstrumentResponseStatus;
/** A check-in round stores each child's result as the instruments' one response shape. */
export type CheckinResponse = InstrumentResponse;

export const CHECKIN_EVENTS = eventSchemas({
  'checkin.assented': v.object({ childId: v.string(), yes: v.boolean(), language: LanguageSchema }),
  'checkin.answered': v.object({
    childId: v.string(),
    itemId: v.string(),
    option: v.nullable(v.string()),
    ms: v.number(),
    changed: v.boolean(),
    language: LanguageSchema,
  }),
  'checkin.went-back': v.object({ childId: v.string(), index: v.number() }),
  'checkin.response': InstrumentResponseSchema,
});

export type CheckinEvent = EventsOf<typeof CHECKIN_EVENTS>;
export const checkinEvent = eventMaker(CHECKIN_EVENTS);
