// What Build Together's events mean for participation: a turn is a placed piece, its latency runs from the offer; help asked and given.
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count, sum } from '../../metrics/rows';
import type { words } from './words.en';
import type { Participation } from '../participation';
import type { BuildTogetherEvent } from './events';

export const buildTogetherParticipation: Participation<BuildTogetherEvent> = {
  'build.turn-offered': ({ childId }) => [{ fact: 'offered', child: childId }],
  'build.placed': ({ childId }) => [{ fact: 'turn', child: childId, kind: 'chain', counts: 'piecesPlaced', sinceOffer: true }],
  'build.turn-passed': ({ childId }) => [{ fact: 'asked', child: childId }],
  'build.help-asked': ({ childId }) => [{ fact: 'help-asked', child: childId }],
  'build.help-given': ({ from, to }) => [{ fact: 'helped', from, to }],
};

/** Its round's line in the session record, from the present children's participation in the round. */
export function buildTogetherRoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return {
    words: 'roundBuild',
    values: { n: count(m, (c) => c.piecesPlaced > 0), present, pieces: sum(m, (c) => c.piecesPlaced), help: sum(m, (c) => c.helpGiven) },
  };
}
