// Spotlight for everyone else: who is on stage (or "who's next?"), and the positive reactions to send them.
import { h, render } from '../../../common/dom';
import { avatarImg } from '../../../common/avatar';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { SpotlightTablet } from '../../../../shared/activities/spotlight/views';
import { SMILE } from '../../icons-ui';
import { CHEER } from '../../pictures';
import { reactionRow } from '../../reaction-buttons';
import { picture, prompt } from '../../widgets';
import { WHO_NEXT } from './icons';
import type { LeftStage } from './presenter-view';

export type AudienceTablet = Extract<SpotlightTablet, { role: 'audience' }>;

/**
 * The stage shows who is on it. Right after my own turn, while nobody else is on stage yet, it shows a
 * kind word for me instead: passing is fine, sharing is thanked.
 */
export function audienceView(): { el: HTMLElement; update: (view: AudienceTablet, note: LeftStage | null) => void } {
  const stage = h('section', { className: 'spot-stage' });
  const el = h('div', { className: 'spot-audience' }, stage, reactionRow('reactions spot-reactions'));
  let key = '';
  const update = (view: AudienceTablet, note: LeftStage | null) => {
    const p = view.phase !== 'idle' ? view.presenter : null;
    const next = JSON.stringify([view.phase, p, p ? null : note]);
    if (next === key) return;
    key = next;
    const sp = t().tabletPage.spotlight;
    if (!p && note) {
      render(
        stage,
        h(
          'div',
          { className: `spot-kind kind-${note}`, 'data-testid': 'spotlight-kind-note', 'data-kind': note },
          picture(note === 'pass' ? SMILE : CHEER, 'picture picture-big'),
          prompt(note === 'pass' ? sp.passOk : sp.thanks, 'prompt prompt-big'),
        ),
      );
      return;
    }
    if (!p) {
      render(
        stage,
        h(
          'div',
          { className: 'spot-who-next', 'data-testid': 'spotlight-idle' },
          picture(WHO_NEXT, 'picture picture-big'),
          prompt(sp.whoNext, 'prompt prompt-big'),
        ),
      );
      return;
    }
    const words = fill(view.phase === 'presenting' ? sp.sharing : sp.offered, { name: p.nickname });
    render(
      stage,
      h(
        'div',
        { className: `spot-on-stage ${view.phase}`, 'data-testid': 'spotlight-presenter', 'data-child-id': p.childId },
        h('div', { className: 'spot-light', 'aria-hidden': 'true' }),
        h('div', { className: 'my-avatar spot-presenter-avatar' }, avatarImg(p.avatar, 280, p.nickname)),
        prompt(words, 'prompt prompt-big spot-presenter-name'),
      ),
      prompt(fill(sp.cheerHint, { name: p.nickname }), 'prompt prompt-small spot-cheer-hint'),
    );
  };
  return { el, update };
}
