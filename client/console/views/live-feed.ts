// The live event feed card: the last notable changes, newest first, with the local clock time.
import { h } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { t } from '../../common/i18n';
import type { FeedItem } from '../live/feed';
import { clockTime, duration } from '../format';
import { isActivityId } from '../../../shared/activities/registry';
import { activityName } from '../activities/names';
import { isStrengthCardId } from '../../../shared/activities/strength-garden/deck';
import { cardText } from '../activities/strength-garden/card-text';

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

/** Activity ids, strength cards and durations are kept raw in the feed, so a language switch renames them too. */
function shownParams(item: FeedItem): FeedItem['params'] {
  const p = { ...item.params };
  if (isActivityId(p.activity)) p.activity = activityName(p.activity);
  if (typeof p.card === 'string' && isStrengthCardId(p.card)) p.card = cardText(p.card);
  if (typeof p.ms === 'number') p.time = duration(p.ms);
  return p;
}
