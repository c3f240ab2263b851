// Layers over the current screen: eyes-on-me, a round's little break, reconnecting, a toast, and "not me?".
import { h } from '../common/dom';
import { avatarImg } from '../common/avatar';
import { t } from './i18n';
import { CHOOSE_AGAIN, LOOK, SMILE } from './icons-ui';
import { WAVE } from './icons-reactions';
import { leaveSeat } from './live-session';
import { BREAK, CHEER, CLOUD, EYES, LEADER } from './pictures';
import { store, type TabletState, type ToastKind } from './store';
import { icon } from './svg';
import { picture, prompt, say } from './widgets';

/** Full-screen calm sky with big eyes; it takes every tap until the leader releases it. */
export function eyesOverlay(): HTMLElement {
  const text = t().tabletPage.eyes.message;
  return h(
    'div',
    { className: 'overlay eyes-overlay', 'data-testid': 'eyes-overlay', role: 'alertdialog', 'aria-modal': 'true', 'aria-label': text },
    h('div', { className: 'cloud c1' }),
    h('div', { className: 'cloud c2' }),
    h('div', { className: 'cloud c3' }),
    h('div', { className: 'eyes-scene' }, picture(EYES, 'picture eyes-picture'), picture(LEADER, 'picture eyes-leader')),
    prompt(text, 'prompt prompt-hero'),
  );
}

/** The round is paused: a lighter, calm layer with a resting pause sign; taps wait underneath. */
export function pausedOverlay(): HTMLElement {
  const tp = t().tabletPage;
  return h(
    'div',
    { className: 'overlay pause-overlay', 'data-testid': 'round-paused', role: 'status', 'aria-label': tp.round.paused },
    h('div', { className: 'pause-scene' }, picture(BREAK, 'picture pause-picture'), picture(CLOUD, 'picture pause-cloud')),
    prompt(tp.round.paused, 'prompt prompt-hero'),
    prompt(tp.round.pausedMore, 'prompt prompt-small'),
  );
}

/** A small pill with breathing dots; the screen underneath stays as it was. */
export function reconnectingPill(): HTMLElement {
  return h(
    'div',
    { className: 'reconnecting', 'data-testid': 'reconnecting', role: 'status' },
    h('span', { className: 'dots small', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    h('span', {}, t().common.reconnecting),
  );
}

const TOAST_ICONS: Record<ToastKind, string> = { taken: LOOK, again: CHOOSE_AGAIN, cheer: CHEER, waveSent: WAVE };

function toastText(kind: ToastKind): string {
  const tp = t().tabletPage;
  switch (kind) {
    case 'taken':
      return tp.choose.taken;
    case 'again':
      return tp.choose.again;
    case 'cheer':
      return tp.seated.cheer;
    case 'waveSent':
      return tp.seated.waveSent;
  }
}

export function toast(kind: ToastKind, speakNow: boolean): HTMLElement {
  const text = toastText(kind);
  // Answers to a tap are read at once; the cheering hint stays quiet (the child is busy tapping).
  if (speakNow && (kind === 'taken' || kind === 'again')) say(text);
  return h(
    'div',
    { className: `toast toast-${kind}`, 'data-testid': kind === 'cheer' ? 'cheer-hint' : 'toast', 'data-kind': kind, role: 'status', onClick: () => say(text) },
    icon(TOAST_ICONS[kind]),
    h('span', {}, text),
  );
}

/** "Is this you?" with two picture answers; only "choose again" gives the seat back. */
export function confirmLeave(s: TabletState): HTMLElement | null {
  const me = s.view?.me;
  if (!me) return null;
  const tp = t().tabletPage;
  return h(
    'div',
    { className: 'overlay confirm-overlay', 'data-testid': 'not-me-dialog', role: 'dialog', 'aria-modal': 'true' },
    h(
      'div',
      { className: 'confirm-card' },
      h('div', { className: 'my-avatar' }, avatarImg(me.avatar, 200, me.nickname)),
      h('div', { className: 'my-name' }, me.nickname),
      prompt(tp.seated.confirmQuestion, 'prompt prompt-big'),
      h(
        'div',
        { className: 'confirm-answers' },
        h(
          'button',
          {
            type: 'button',
            className: 'answer answer-yes',
            'data-testid': 'not-me-cancel',
            onClick: () => {
              say(tp.seated.confirmYes);
              store.setState({ confirmLeave: false });
            },
          },
          icon(SMILE),
          h('span', {}, tp.seated.confirmYes),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'answer answer-again',
            'data-testid': 'not-me-confirm',
            onClick: () => {
              say(tp.seated.confirmNo);
              void leaveSeat();
            },
          },
          icon(CHOOSE_AGAIN),
          h('span', {}, tp.seated.confirmNo),
        ),
      ),
    ),
  );
}
