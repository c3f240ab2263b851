// What Pass the Star's events mean for participation: a turn is holding the star; a pass is an edge of the sociogram.
import type { Participation, ParticipationFact } from '../participation';
import type { PassStarEvent } from './events';

export const passStarParticipation: Participation<PassStarEvent> = {
  // The facilitator (or chance) hands the star on: a hold starts; a child who held it before hands over their time.
  'star.given': ({ from, to, heldMs }) => [
    ...(from !== null ? [{ fact: 'time', child: from, measure: 'holdingMs', ms: heldMs } satisfies ParticipationFact] : []),
    { fact: 'turn', child: to, kind: 'hold', counts: 'starHolds' },
  ],
  'star.passed': ({ from, to, heldMs }) => [
    { fact: 'time', child: from, measure: 'holdingMs', ms: heldMs },
    { fact: 'turn', child: to, kind: 'hold', counts: 'starHolds' },
    ...(from !== to ? [{ fact: 'passed', from, to } satisfies ParticipationFact] : []),
  ],
  // The round ended with the star in someone's hands: their hold ends here.
  'star.kept': ({ holder, heldMs }) => [{ fact: 'time', child: holder, measure: 'holdingMs', ms: heldMs }],
};
