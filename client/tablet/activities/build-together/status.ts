// The strip above the picture: "build together" (free mode), or whose turn it is — my turn with a pass
// button that is always there, or a friend's turn with their avatar and the cheer buttons.
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { reactionRow, replay } from '../../reaction-buttons';
import { icon } from '../../svg';
import { picture, prompt, say } from '../../widgets';
import type { Me } from '../activity-view';
import { BLOCKS, PASS } from './icons';

/** What the strip shows; it is rebuilt only when this changes (so cheering taps are never cut short). */
export function statusKey(view: BuildTogetherTablet): string {
  return JSON.stringify([view.turnMode, view.myTurn, view.turn?.childId ?? null, view.turn?.avatar ?? null, view.turn?.nickname ?? null]);
}

/** The main words with a speaker, and a smaller second line that is read out when tapped. */
function words(main: string, more: string, big = false): HTMLElement {
  return h(
    'div',
    { className: 'build-status-words' },
    prompt(main, big ? 'prompt prompt-big' : 'prompt'),
    h('span', { className: 'build-how', onClick: () => say(more) }, more),
  );
}

function passButton(onPass: () => Promise<unknown>): HTMLButtonElement {
  const label = t().tabletPage.build.pass;
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'build-pass',
      'data-testid': 'build-pass',
      'aria-label': label,
      onClick: () => {
        if (button.classList.contains('busy')) return;
        say(label);
        replay(button, 'pop');
        button.classList.add('busy');
        void onPass().finally(() => button.classList.remove('busy'));
      },
    },
    icon(PASS, 'icon build-pass-picture'),
    h('span', {}, label),
  );
  return button;
}

export function statusStrip(view: BuildTogetherTablet, me: Me, onPass: () => Promise<unknown>): HTMLElement {
  const tb = t().tabletPage.build;
  if (view.turnMode === 'free') {
    return h(
      'section',
      { className: 'build-status free', 'data-testid': 'build-free' },
      picture(BLOCKS, 'picture build-status-picture'),
      words(tb.together, tb.howTo),
    );
  }
  if (view.myTurn) {
    return h(
      'section',
      { className: 'build-status my-turn', 'data-testid': 'build-your-turn' },
      h('div', { className: 'my-avatar build-status-avatar' }, avatarImg(me.avatar, 96, me.nickname)),
      words(tb.yourTurn, tb.howTo, true),
      passButton(onPass),
    );
  }
  const on = view.turn;
  if (!on) {
    return h(
      'section',
      { className: 'build-status next-turn', 'data-testid': 'build-next-turn' },
      picture(BLOCKS, 'picture build-status-picture'),
      prompt(tb.nextTurn, 'prompt'),
      h('span', { className: 'dots', 'aria-hidden': 'true' }, h('span', {}), h('span', {}), h('span', {})),
    );
  }
  return h(
    'section',
    { className: 'build-status turn-of', 'data-testid': 'build-turn-of', 'data-child-id': on.childId },
    h('div', { className: 'my-avatar build-status-avatar' }, avatarImg(on.avatar, 96, on.nickname)),
    words(fill(tb.turnOf, { name: on.nickname }), fill(tb.cheer, { name: on.nickname })),
    reactionRow('reactions build-cheers'),
  );
}
