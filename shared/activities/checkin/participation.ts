// What a check-in's events mean for participation: that a child finished or declined it (never what they answered).
import type { RoundSummary } from '../activity';
import type { ChildParticipation } from '../../metrics/types';
import { count } from '../../metrics/rows';
import type { words } from './words.en';
import type { Participation } from '../participation';
import type { CheckinEvent } from './events';

export const checkinParticipation: Participation<CheckinEvent> = {
  'checkin.response': ({ childId, status }) => (status === 'finished' || status === 'declined' ? [{ fact: 'check-in-status', child: childId, status }] : []),
};

// Counts of finished and declined only: a child's answers never reach the record.
/** Its round's line in the session record, from the present children's participation in the round. */
export function checkinRoundSummary(m: readonly ChildParticipation[], present: number): RoundSummary & { words: keyof typeof words.records } {
  return {
    words: 'roundCheckin',
    values: { finished: count(m, (c) => c.checkinsFinished > 0), declined: count(m, (c) => c.checkinsDeclined > 0 && c.checkinsFinished === 0), present },
  };
}
