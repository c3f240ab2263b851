// The row of positive reaction buttons (seated home and the Spotlight audience), with their tap feedback.
import { h } from '../common/dom';
import { t } from './i18n';
import { REACTION_KINDS, type ReactionKind } from '../../shared/session/reactions';
import { REACTION_COLOURS, REACTION_ICONS } from './icons-reactions';
import { sendReaction } from './live-session';
import { icon } from './svg';
import { say } from './widgets';

/** Restarts a CSS animation class on an element, so every tap gets its own little bounce. */
export function replay(el: Element, className: string): void {
  el.classList.remove(className);
  void (el as HTMLElement).offsetWidth;
  el.classList.add(className);
}

/** A copy of the icon floats up from the button and fades: happy feedback for each tap. */
export function floatUp(button: HTMLElement, markup: string): void {
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

/** All five reactions in a row; during Spotlight the server sends them to the child on stage. */
export function reactionRow(className = 'reactions'): HTMLElement {
  return h('section', { className }, ...REACTION_KINDS.map(reactionButton));
}
