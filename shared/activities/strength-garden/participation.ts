// What Strength Garden's events mean for participation: cards kept for oneself, and cards given (an edge of the cards sociogram).
import type { Participation } from '../participation';
import type { StrengthGardenEvent } from './events';

export const strengthGardenParticipation: Participation<StrengthGardenEvent> = {
  'garden.self-picked': ({ childId }) => [{ fact: 'self-card', child: childId, kept: true }],
  // Changing one's mind puts the card back: the count is of cards kept.
  'garden.self-unpicked': ({ childId }) => [{ fact: 'self-card', child: childId, kept: false }],
  'garden.given': ({ from, to }) => [{ fact: 'card-given', from, to }],
};
