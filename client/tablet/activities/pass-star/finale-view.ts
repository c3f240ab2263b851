// The last pass of an "everyone once" round closes the round in the same instant; these keep each child's
// moment on their own tablet: the receiver still gets "You have the star!" with what to say, everyone else
// a calm "everyone had the star".
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { icon } from '../../svg';
import { picture, prompt, say } from '../../widgets';
import type { Farewell } from '../activity-view';
import type { WatcherTablet } from './watcher-view';
import { promptPart } from './holder-view';
import { THE_STAR } from './icons';

/** Long enough to say one's name out loud; the screen's own finale is about as long. */
const RECEIVER_MS = 8000;
const EVERYONE_MS = 4500;

/** This child received the round's last pass (its `star.passed` event named them): "You have the star!" and what to say. */
export function receiverFinale(last: WatcherTablet, from: string | null): Farewell {
  const st = t().tabletPage.star;
  // The thrower is the friend the watcher's view showed holding the star.
  const p = promptPart({ prompt: last.prompt, thrower: last.holder?.childId === from ? last.holder : null });
  const el = h(
    'div',
    { className: 'star-holder star-finale', 'data-testid': 'star-finale', 'data-moment': 'received' },
    h(
      'section',
      { className: 'star-hero' },
      h('div', { className: 'star-big', onClick: () => say(st.youHave) }, icon(THE_STAR)),
      prompt(st.youHave, 'prompt prompt-big'),
      p?.el ?? null,
    ),
  );
  say([st.youHave, p?.text].filter(Boolean).join(' '));
  return { el, ms: RECEIVER_MS };
}

export function everyoneFinale(): Farewell {
  const st = t().tabletPage.star;
  const el = h(
    'div',
    { className: 'star-watcher star-finale', 'data-testid': 'star-finale', 'data-moment': 'everyone' },
    h('section', { className: 'watch-holder' }, picture(THE_STAR, 'picture picture-big watch-coming'), prompt(st.everyone, 'prompt prompt-big')),
  );
  return { el, ms: EVERYONE_MS };
}
