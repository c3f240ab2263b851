// Pass the Star lines of the live feed: who got the star first, each pass (the last one arrives with the round's end).
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ActivityFeed, FeedAdd, FeedNames } from '../types';

export const starFeed: ActivityFeed<PassStarConsole> = {
  diff: diffStar,
  completed: lastPass,
  catchup(e, name, add) {
    if (e.type === 'star.given') add('starGiven', { name: name(e.payload.to) });
    else if (e.type === 'star.passed') add('starPassed', { from: name(e.payload.from), to: name(e.payload.to) });
    else return false;
    return true;
  },
};

function lastPass(v: PassStarConsole, name: FeedNames, add: FeedAdd): void {
  const [to] = v.notYet;
  if (v.holder && to && v.notYet.length === 1) add('starPassed', { from: name(v.holder), to: name(to) });
}

function diffStar(a: PassStarConsole | null, b: PassStarConsole, name: FeedNames, add: FeedAdd): void {
  if (b.holder === null || b.holder === (a?.holder ?? null)) return;
  if (a && b.passes > a.passes && a.holder) add('starPassed', { from: name(a.holder), to: name(b.holder) });
  else add('starGiven', { name: name(b.holder) });
}
