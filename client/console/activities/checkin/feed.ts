// Check-in lines of the live feed: who finished and who said "not today" — never what anyone answered.
import type { CheckinConsole } from '../../../../shared/activities/checkin';
import type { ActivityFeed, FeedAdd, FeedNames } from '../types';

type Status = CheckinConsole['children'][number]['status'];

function line(status: Status, childId: string, name: FeedNames, add: FeedAdd): void {
  if (status === 'finished') add('checkinFinished', { name: name(childId) });
  else if (status === 'declined') add('checkinDeclined', { name: name(childId) });
}

export const checkinFeed: ActivityFeed<CheckinConsole> = {
  completeKind: 'checkinComplete',
  diff(before, after, name, add) {
    const was = new Map((before?.children ?? []).map((c) => [c.childId, c.status]));
    for (const c of after.children) if (was.get(c.childId) !== c.status) line(c.status, c.childId, name, add);
  },
  // The round closes with the last child's final step, so that step is read off the last view: a child still
  // answering then has finished, one who had not begun has said "not today".
  completed(last, name, add) {
    for (const c of last.children) {
      if (!c.present) continue;
      if (c.status === 'answering') line('finished', c.childId, name, add);
      else if (c.status === 'not-started') line('declined', c.childId, name, add);
    }
  },
  catchup(e, name, add) {
    if (e.type === 'checkin.response') {
      // Responses recorded when a round ends (stopped midway, never began) are summed up by "round ended".
      line(e.payload.status, e.payload.childId, name, add);
      return true;
    }
    return e.type === 'checkin.assented' || e.type === 'checkin.answered' || e.type === 'checkin.went-back';
  },
};
