// What a check-in's events mean for participation: that a child finished or declined it (never what they answered).
import type { Participation } from '../participation';
import type { CheckinEvent } from './events';

export const checkinParticipation: Participation<CheckinEvent> = {
  'checkin.response': ({ childId, status }) => (status === 'finished' || status === 'declined' ? [{ fact: 'check-in-status', child: childId, status }] : []),
};
