// The live event feed card: the last notable changes, newest first, with the local clock time.
import { h } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { t } from '../../common/i18n';
import type { FeedItem } from '../live/feed';
import { clockTime, duration } from '../format';
import { ACTIVITY_IDS, isActivityId } from '../../../shared/activities/registry';
import { consoleActivity } from '../activities';
import { activityName } from '../activities/names';

export function feedList(feed: readonly FeedItem[], offset: number): HTMLElement {
  const tt = t().consolePage;
  if (feed.length === 0) return h('p', { className: 'empty-note' }, tt.live.feedEmpty);
  return h(
    'ol',
    { className: 'feed-list', 'data-testid': 'feed' },
    ...feed.map((item) =>
      h(
        'li',
        { className: `feed-item feed-${item.kind}`, 'data-testid': 'feed-item', 'data-kind': item.kind },
        // Server times shown on the laptop's clock.
        h('time', {}, clockTime(item.at - offset, true)),
        h('span', {}, fill(tt.events[item.kind], shownParams(item))),
      ),
    ),
  );
}

/** Activity ids, an activity's own ids (cards) and durations are kept raw in the feed, so a language switch renames them too. */
function shownParams(item: FeedItem): FeedItem['params'] {
  const p = { ...item.params };
  if (isActivityId(p.activity)) p.activity = activityName(p.activity);
  for (const id of ACTIVITY_IDS) consoleActivity(id).feed?.shownParams?.(p);
  if (typeof p.ms === 'number') p.time = duration(p.ms);
  return p;
}
