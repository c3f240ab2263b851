// The live event feed card: what happened, newest first, with the local clock time, worded by the review's describer.
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { describeEvent } from '../../../shared/review/replay-describe';
import type { ConsoleView } from '../../../shared/session/views';
import { feedNames, type FeedItem } from '../live/feed';
import { clockTime } from '../format';

export function feedList(feed: readonly FeedItem[], offset: number, view: ConsoleView | null): HTMLElement {
  const tt = t().consolePage;
  if (feed.length === 0) return h('p', { className: 'empty-note' }, tt.live.feedEmpty);
  const names = feedNames(view);
  return h(
    'ol',
    { className: 'feed-list', 'data-testid': 'feed' },
    ...feed.map((item) => {
      const kind = 'missed' in item ? 'missed' : item.event.type;
      const text = 'missed' in item ? tt.live.feedMissed : (describeEvent(item.event, names, t()) ?? '');
      return h(
        'li',
        { className: `feed-item feed-${kind.replace('.', '-')}`, 'data-testid': 'feed-item', 'data-kind': kind },
        // Server times shown on the laptop's clock.
        h('time', {}, clockTime(item.at - offset, true)),
        h('span', {}, text),
      );
    }),
  );
}
