// What Build Together's events mean for participation: a turn is a placed piece, its latency runs from the offer; help asked and given.
import type { Participation } from '../participation';
import type { BuildTogetherEvent } from './events';

export const buildTogetherParticipation: Participation<BuildTogetherEvent> = {
  'build.turn-offered': ({ childId }) => [{ fact: 'offered', child: childId }],
  'build.placed': ({ childId }) => [{ fact: 'turn', child: childId, kind: 'chain', counts: 'piecesPlaced', sinceOffer: true }],
  'build.turn-passed': ({ childId }) => [{ fact: 'asked', child: childId }],
  'build.help-asked': ({ childId }) => [{ fact: 'help-asked', child: childId }],
  'build.help-given': ({ from, to }) => [{ fact: 'helped', from, to }],
};
