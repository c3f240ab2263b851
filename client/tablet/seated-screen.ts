// The seated child's screen: my avatar and nickname, a big wave button and a row of positive reactions.
import { h } from '../common/dom';
import { avatarImg } from '../common/avatar';
import { t } from '../common/i18n';
import { fill } from '../../shared/i18n';
import { REACTION_KINDS, type ReactionKind } from '../../shared/session/reactions';
import { REACTION_COLOURS, REACTION_ICONS, WAVE } from './icons-reactions';
import { sendReaction, sendWave } from './live-session';
import type { Screen } from './screen';
import { store } from './store';
import { icon } from './svg';
import { say, speakerButton } from './widgets';

/** Restarts a CSS animation class on an element, so every tap gets its own little bounce. */
function replay(el: Element, className: string): void {
  el.classList.remove(className);
  void (el as HTMLElement).offsetWidth;
  el.classList.add(className);
}

/** A copy of the icon floats up from the button and fades: happy feedback for each tap. */
function floatUp(button: HTMLElement, markup: string): void {
  const bubble = h('span', { className: 'float-up', 'aria-hidden': 'true' }, icon(markup));
  bubble.style.setProperty('--drift', `${Math.round(Math.random() * 60 - 30)}px`);
  button.append(bubble);
  bubble.addEventListener('animationend', () => bubble.remove());
}

function reactionButton(kind: ReactionKind): HTMLButtonElement {
  const label = t().tabletPage.reactions[kind];
  const button = h(
    'button',
    {
      type: 'button',
      className: 'reaction',
      'data-testid': 'reaction',
      'data-kind': kind,
      'aria-label': label,
      onClick: () => {
        say(label);
        replay(button, 'pop');
        floatUp(button, REACTION_ICONS[kind]);
        void sendReaction(kind);
      },
    },
    icon(REACTION_ICONS[kind]),
    h('span', { className: 'reaction-label' }, label),
  );
  button.style.setProperty('--tint', REACTION_COLOURS[kind]);
  return button;
}

export function seatedScreen(): Screen {
  const tp = t().tabletPage;
  const me = store.getState().view?.me;
  if (!me) return { el: h('main', { className: 'screen' }) };
  const hello = fill(tp.seated.hello, { name: me.nickname });
  const wave: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'wave-button',
      'data-testid': 'wave',
      'aria-label': tp.seated.wave,
      onClick: () => {
        say(tp.seated.wave);
        replay(wave, 'waving');
        floatUp(wave, WAVE);
        void sendWave();
      },
    },
    icon(WAVE, 'icon wave-hand'),
    h('span', { className: 'wave-label' }, tp.seated.wave),
  );
  const el = h(
    'main',
    { className: 'screen seated-screen', 'data-testid': 'seated', 'data-child-id': me.childId },
    h(
      'section',
      { className: 'me-card' },
      h('div', { className: 'my-avatar', onClick: () => say(hello) }, avatarImg(me.avatar, 320, me.nickname)),
      h('div', { className: 'my-hello' }, speakerButton(hello), h('span', { className: 'my-name', 'data-testid': 'my-nickname', onClick: () => say(hello) }, me.nickname)),
    ),
    h('section', { className: 'wave-area' }, wave),
    h('section', { className: 'reactions' }, ...REACTION_KINDS.map(reactionButton)),
    h(
      'button',
      { type: 'button', className: 'not-me', 'data-testid': 'not-me', onClick: () => store.setState({ confirmLeave: true }) },
      h('span', { className: 'not-me-face' }, avatarImg(me.avatar, 48, '')),
      tp.seated.notMe,
    ),
  );
  return { el };
}
