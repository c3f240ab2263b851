// Spotlight's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import { findCard } from './decks';
import type { SpotlightEvent } from './events';
import type { SpotlightScreen } from './views';
import type { words } from './words.en';

export const spotlightDescriber: Describer<SpotlightEvent> = {
  'spotlight.offered': (e, w) =>
    fill(w.t.reviewReplay.events.spotOffered, { name: w.name(e.payload.childId), card: findCard(e.payload.card)?.text[w.lang] ?? '' }),
  'spotlight.card.changed': (e, w) =>
    fill(w.t.reviewReplay.events.spotCard, { name: w.name(e.payload.childId), card: findCard(e.payload.card)?.text[w.lang] ?? '' }),
  'spotlight.started': (e, w) => fill(w.t.reviewReplay.events.spotStarted, { name: w.name(e.payload.childId) }),
  'spotlight.passed': (e, w) =>
    fill(e.payload.by === 'staff' ? w.t.reviewReplay.events.spotSkipped : w.t.reviewReplay.events.spotPassed, { name: w.name(e.payload.childId) }),
  'spotlight.ended': (e, w) => fill(w.t.reviewReplay.events.spotEnded, { name: w.name(e.payload.childId), time: w.duration(e.payload.durationMs) }),
  'spotlight.invited': (e, w) => fill(w.t.reviewReplay.events.spotInvited, { name: w.name(e.payload.childId) }),
  'spotlight.badge': (e, w) => fill(w.t.reviewReplay.events.spotBadge, { name: w.name(e.payload.childId) }),
  'spotlight.extended': (e, w) => fill(w.t.reviewReplay.events.spotExtended, { name: w.name(e.payload.childId), s: e.payload.seconds }),
};

/** Whose turn its screen view shows, in the replay: which of its `reviewReplay.turns` words says it. */
export function spotlightTurn(view: SpotlightScreen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  if (view.phase === 'idle' || !view.presenter) return { childId: null, words: 'spotlightIdle' };
  return { childId: view.presenter.childId, words: view.phase === 'presenting' ? 'spotlightPresenting' : 'spotlightOffered' };
}
