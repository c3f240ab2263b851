// The check-in's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import type { CheckinEvent } from './events';
import type { CheckinScreen } from './views';
import type { words } from './words.en';

export const checkinDescriber: Describer<CheckinEvent> = {
  // Assent, each answer and going back are a child's private steps: only the outcome gets a line.
  'checkin.assented': () => null,
  'checkin.answered': () => null,
  'checkin.went-back': () => null,
  'checkin.response': (e, w) => {
    const ev = w.t.reviewReplay.events;
    const template = { finished: ev.checkinFinished, declined: ev.checkinDeclined, partial: ev.checkinPartial, 'no-answer': ev.checkinNoAnswer }[
      e.payload.status
    ];
    return fill(template, { name: w.name(e.payload.childId) });
  },
};

/** Whose turn its screen view shows, in the replay: which of its `reviewReplay.turns` words says it. */
export function checkinTurn(view: CheckinScreen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  return { childId: null, words: 'checkin', values: { done: view.done, of: view.of } };
}
