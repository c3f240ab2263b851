// What Spotlight's events mean for participation: a turn is a presentation or a pass; airtime is presenting time.
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count } from '../../metrics/rows';
import type { words } from './words.en';
import type { Participation } from '../participation';
import type { SpotlightEvent } from './events';

export const spotlightParticipation: Participation<SpotlightEvent> = {
  'spotlight.started': ({ childId, latencyMs }) => [{ fact: 'turn', child: childId, kind: 'chain', counts: 'presentations', latencyMs }],
  // A staff skip is a turn, but not the child acting: no latency sample.
  'spotlight.passed': ({ childId, latencyMs, by }) => [
    { fact: 'turn', child: childId, kind: 'chain', counts: 'passes', latencyMs: by === 'child' ? latencyMs : null },
  ],
  'spotlight.ended': ({ childId, durationMs }) => [{ fact: 'time', child: childId, measure: 'presentingMs', ms: durationMs }],
};

/** Its round's line in the session record, from the present children's participation in the round. */
export function spotlightRoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return {
    words: 'roundSpotlight',
    values: { presented: count(m, (c) => c.presentations > 0), passed: count(m, (c) => c.presentations === 0 && c.passes > 0) },
  };
}
