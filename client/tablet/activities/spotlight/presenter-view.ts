// Spotlight on my tablet when I am on stage: the card, "I'm ready" / "Another card" / "Not now", then "I'm done".
import { h } from '../../../common/dom';
import { avatarImg } from '../../../common/avatar';
import { t } from '../../i18n';
import type { SpotlightTablet } from '../../../../shared/activities/spotlight/views';
import { sendIntent } from '../../live-session';
import { picture, prompt } from '../../widgets';
import { actionButton } from '../action-button';
import type { Me } from '../activity-view';
import { promptCard } from './card';
import { ANOTHER_CARD, DONE, LISTENING, MIC, NOT_NOW } from './icons';

export type PresenterTablet = Extract<SpotlightTablet, { role: 'presenter' }>;

/** What the child chose when leaving the stage, so the next screen can answer kindly. */
export type LeftStage = 'pass' | 'done';

export function presenterView(view: PresenterTablet, me: Me, onLeft: (how: LeftStage) => void): HTMLElement {
  const sp = t().tabletPage.spotlight;
  const leave = (how: LeftStage) => async () => {
    const r = await sendIntent({ type: how === 'pass' ? 'spotlight.pass' : 'spotlight.done' });
    if (r.ok) onLeft(how);
  };
  if (view.phase === 'offered') {
    return h(
      'div',
      { className: 'spot-presenter offered' },
      h(
        'header',
        { className: 'spot-title' },
        h('div', { className: 'my-avatar spot-me' }, avatarImg(me.avatar, 120, me.nickname)),
        prompt(sp.yourTurn, 'prompt prompt-big'),
      ),
      h(
        'div',
        { className: 'spot-body' },
        promptCard(view.card),
        h(
          'div',
          { className: 'spot-actions' },
          actionButton({
            testid: 'spotlight-ready',
            picture: MIC,
            label: sp.ready,
            className: 'action-go',
            onTap: () => sendIntent({ type: 'spotlight.ready' }),
          }),
          h(
            'div',
            { className: 'spot-more' },
            view.canSwapCard
              ? actionButton({
                  testid: 'spotlight-another',
                  picture: ANOTHER_CARD,
                  label: sp.anotherCard,
                  className: 'action-soft action-card',
                  onTap: () => sendIntent({ type: 'spotlight.another-card' }),
                })
              : null,
            actionButton({ testid: 'spotlight-pass', picture: NOT_NOW, label: sp.pass, className: 'action-soft action-pass', onTap: leave('pass') }),
          ),
        ),
      ),
    );
  }
  return h(
    'div',
    { className: 'spot-presenter presenting' },
    h('header', { className: 'spot-title' }, picture(LISTENING, 'picture spot-listening'), prompt(sp.listening, 'prompt prompt-big')),
    h(
      'div',
      { className: 'spot-body' },
      promptCard(view.card),
      h(
        'div',
        { className: 'spot-actions' },
        actionButton({ testid: 'spotlight-done', picture: DONE, label: sp.done, className: 'action-go action-round', onTap: leave('done') }),
      ),
    ),
  );
}
