// What Pass the Star's events mean for participation: a turn is holding the star; a pass is an edge of the sociogram.
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count, sum } from '../../metrics/rows';
import type { words } from './words.en';
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

/** Its round's line in the session record, from the present children's participation in the round. */
export function passStarRoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return { words: 'roundPassStar', values: { n: count(m, (c) => c.starHolds > 0), present, passes: sum(m, (c) => c.starPassesGiven) } };
}
