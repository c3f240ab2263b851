// Pass the Star while someone else holds it: their avatar with the star, and a kind word about my own turn.
import { h } from '../../../common/dom';
import { avatarImg } from '../../../common/avatar';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { PassStarTablet } from '../../../../shared/activities/pass-star/views';
import { icon } from '../../svg';
import { picture, prompt } from '../../widgets';
import type { Me } from '../activity-view';
import { STAR_COMING, THE_STAR } from './icons';

export type WatcherTablet = Extract<PassStarTablet, { role: 'watcher' }>;

export function watcherView(view: WatcherTablet, me: Me): HTMLElement {
  const st = t().tabletPage.star;
  const holder = view.holder;
  const main = holder
    ? h(
        'section',
        { className: 'watch-holder' },
        h(
          'div',
          { className: 'watch-holder-pic' },
          h('div', { className: 'my-avatar watch-avatar' }, avatarImg(holder.avatar, 280, holder.nickname)),
          h('div', { className: 'watch-star', 'aria-hidden': 'true' }, icon(THE_STAR)),
        ),
        prompt(fill(st.holderHas, { name: holder.nickname }), 'prompt prompt-big'),
      )
    : h('section', { className: 'watch-holder' }, picture(STAR_COMING, 'picture picture-big watch-coming'), prompt(st.coming, 'prompt prompt-big'));
  const mine = view.hadTheStar
    ? h(
        'section',
        { className: 'watch-me had', 'data-testid': 'star-had' },
        h('div', { className: 'watch-me-face' }, avatarImg(me.avatar, 96, me.nickname), h('span', { className: 'watch-me-star' }, icon(THE_STAR))),
        prompt(st.youHadIt, 'prompt'),
      )
    : h(
        'section',
        { className: 'watch-me next', 'data-testid': 'star-maybe-next' },
        picture(THE_STAR, 'picture watch-me-twinkle'),
        prompt(st.maybeNext, 'prompt'),
      );
  return h('div', { className: 'star-watcher', 'data-testid': 'star-watcher', 'data-holder-id': holder?.childId ?? '' }, main, mine);
}
