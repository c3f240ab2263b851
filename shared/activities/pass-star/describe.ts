// Pass the Star's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer } from '../activity';
import { fill } from '../../i18n/fill';
import type { PassStarEvent } from './events';

export const passStarDescriber: Describer<PassStarEvent> = {
  'star.given': (e, w) => fill(e.payload.by === 'random' ? w.t.reviewReplay.events.starRandom : w.t.reviewReplay.events.starGiven, { name: w.name(e.payload.to) }),
  'star.passed': (e, w) => fill(w.t.reviewReplay.events.starPassed, { from: w.name(e.payload.from), to: w.name(e.payload.to) }),
  // The last hold closing as the round ends: the round's own end line says it.
  'star.kept': () => null,
};
