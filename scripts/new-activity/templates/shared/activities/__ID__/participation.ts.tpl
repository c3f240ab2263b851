// What __NAME_EN__'s events mean for participation: like a check-in, a child answered (finished) or said "not now" (declined).
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count } from '../../metrics/rows';
import type { Participation } from '../participation';
import type { __Camel__Event } from './events';
import type { words } from './words.en';

export const __camel__Participation: Participation<__Camel__Event> = {
  // A first pick is an answer; changing it is the same answer again, not a second one.
  '__ID__.picked': ({ childId, changed }) => (changed ? [] : [{ fact: 'check-in-status', child: childId, status: 'finished' }]),
  '__ID__.passed': ({ childId }) => [{ fact: 'check-in-status', child: childId, status: 'declined' }],
};

/** Its round's line in the session record: how many answered, never what. */
export function __camel__RoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return { words: 'round__Camel__', values: { n: count(m, (c) => c.checkinsFinished > 0), present } };
}
