// What Strength Garden's events mean for participation: cards kept for oneself, and cards given (an edge of the cards sociogram).
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count } from '../../metrics/rows';
import type { words } from './words.en';
import type { Participation } from '../participation';
import type { StrengthGardenEvent } from './events';

export const strengthGardenParticipation: Participation<StrengthGardenEvent> = {
  'garden.self-picked': ({ childId }) => [{ fact: 'self-card', child: childId, kept: true }],
  // Changing one's mind puts the card back: the count is of cards kept.
  'garden.self-unpicked': ({ childId }) => [{ fact: 'self-card', child: childId, kept: false }],
  'garden.given': ({ from, to }) => [{ fact: 'card-given', from, to }],
};

/** Its round's line in the session record, from the present children's participation in the round. */
export function strengthGardenRoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return { words: 'roundGarden', values: { gave: count(m, (c) => c.cardsGiven > 0), received: count(m, (c) => c.cardsReceived > 0), present } };
}
