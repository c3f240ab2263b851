// Pass the Star's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import type { PassStarEvent } from './events';
import type { PassStarScreen } from './views';
import type { words } from './words.en';

export const passStarDescriber: Describer<PassStarEvent> = {
  'star.given': (e, w) =>
    fill(e.payload.by === 'random' ? w.t.reviewReplay.events.starRandom : w.t.reviewReplay.events.starGiven, { name: w.name(e.payload.to) }),
  'star.passed': (e, w) => fill(w.t.reviewReplay.events.starPassed, { from: w.name(e.payload.from), to: w.name(e.payload.to) }),
  // The last hold closing as the round ends: the round's own end line says it.
  'star.kept': () => null,
};

/** Whose turn its screen view shows, in the replay: which of its `reviewReplay.turns` words says it. */
export function passStarTurn(view: PassStarScreen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  return view.holder ? { childId: view.holder, words: 'starHolder' } : { childId: null, words: 'starNobody' };
}
