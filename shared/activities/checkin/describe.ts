// The check-in's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer } from '../activity';
import { fill } from '../../i18n/fill';
import type { CheckinEvent } from './events';

export const checkinDescriber: Describer<CheckinEvent> = {
  // Assent, each answer and going back are a child's private steps: only the outcome gets a line.
  'checkin.assented': () => null,
  'checkin.answered': () => null,
  'checkin.went-back': () => null,
  'checkin.response': (e, w) => {
    const ev = w.t.reviewReplay.events;
    const template = { finished: ev.checkinFinished, declined: ev.checkinDeclined, partial: ev.checkinPartial, 'no-answer': ev.checkinNoAnswer }[e.payload.status];
    return fill(template, { name: w.name(e.payload.childId) });
  },
};
