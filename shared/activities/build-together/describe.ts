// Build Together's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import type { BuildTogetherEvent } from './events';
import type { BuildTogetherScreen } from './views';
import type { words } from './words.en';

export const buildTogetherDescriber: Describer<BuildTogetherEvent> = {
  // The first deal is part of the round starting; a deal after someone came or went is worth telling.
  'build.dealt': (e, w) =>
    e.payload.reason === 'start' ? null : e.payload.reason === 'joined' ? w.t.reviewReplay.events.buildDealtJoined : w.t.reviewReplay.events.buildDealtLeft,
  'build.placed': (e, w) => fill(w.t.reviewReplay.events.buildPlaced, { name: w.name(e.payload.childId) }),
  'build.help-asked': (e, w) => fill(w.t.reviewReplay.events.buildHelpAsked, { name: w.name(e.payload.childId) }),
  'build.help-given': (e, w) => fill(w.t.reviewReplay.events.buildHelped, { from: w.name(e.payload.from), to: w.name(e.payload.to) }),
  // Whose turn it is shows in the state; the move that follows (placed or passed) gets the line.
  'build.turn-offered': () => null,
  'build.turn-passed': (e, w) => fill(w.t.reviewReplay.events.buildPassed, { name: w.name(e.payload.childId) }),
  'build.completed': (e, w) => fill(w.t.reviewReplay.events.buildCompleted, { names: w.list(e.payload.by.map(w.name)) }),
};

/** Whose turn its screen view shows, in the replay: which of its `reviewReplay.turns` words says it. */
export function buildTogetherTurn(view: BuildTogetherScreen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  if (view.turnMode === 'free') return { childId: null, words: 'buildFree' };
  return view.turn ? { childId: view.turn.childId, words: 'builder' } : { childId: null, words: 'buildWaiting' };
}
