// Strength Garden's lines in the review timeline: one per event type, in the reader's language, or null when silent.
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import { strengthCard } from './deck';
import type { StrengthGardenEvent } from './events';
import type { StrengthGardenScreen } from './views';
import type { words } from './words.en';

export const strengthGardenDescriber: Describer<StrengthGardenEvent> = {
  'garden.self-picked': (e, w) =>
    fill(w.t.reviewReplay.events.gardenPicked, { name: w.name(e.payload.childId), card: strengthCard(e.payload.card)?.text[w.lang] ?? '' }),
  'garden.self-unpicked': (e, w) =>
    fill(w.t.reviewReplay.events.gardenUnpicked, { name: w.name(e.payload.childId), card: strengthCard(e.payload.card)?.text[w.lang] ?? '' }),
  'garden.phase': (e, w) => {
    const ev = w.t.reviewReplay.events;
    return { self: ev.gardenSelf, give: ev.gardenGive, garden: ev.gardenGarden }[e.payload.phase];
  },
  'garden.given': (e, w) =>
    fill(w.t.reviewReplay.events.gardenGave, {
      from: w.name(e.payload.from),
      to: w.name(e.payload.to),
      card: strengthCard(e.payload.card)?.text[w.lang] ?? '',
    }),
  'garden.nudged': (e, w) => fill(w.t.reviewReplay.events.gardenNudged, { name: w.name(e.payload.childId) }),
};

/** Whose turn its screen view shows, in the replay: which of its `reviewReplay.turns` words says it. */
export function strengthGardenTurn(view: StrengthGardenScreen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  return { childId: null, words: ({ self: 'gardenSelf', give: 'gardenGive', garden: 'gardenGarden' } as const)[view.phase] };
}
