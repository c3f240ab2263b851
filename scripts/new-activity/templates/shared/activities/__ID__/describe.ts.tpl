// __NAME_EN__'s lines in the review timeline: who answered, never which weather (it is the child's own).
import type { Describer, ReplayTurn } from '../activity';
import { fill } from '../../i18n/fill';
import type { __Camel__Event } from './events';
import type { __Camel__Screen } from './views';
import type { words } from './words.en';

export const __camel__Describer: Describer<__Camel__Event> = {
  '__ID__.picked': (e, w) => (e.payload.changed ? fill(w.t.reviewReplay.events.__camel__Changed, { name: w.name(e.payload.childId) }) : fill(w.t.reviewReplay.events.__camel__Picked, { name: w.name(e.payload.childId) })),
  '__ID__.passed': (e, w) => fill(w.t.reviewReplay.events.__camel__NotNow, { name: w.name(e.payload.childId) }),
};

/** Nobody is in focus: the replay's "Whose turn" box says the group is making its sky. */
export function __camel__Turn(_view: __Camel__Screen): ReplayTurn & { words: keyof typeof words.reviewReplay.turns } {
  return { childId: null, words: '__camel__Sky' };
}
