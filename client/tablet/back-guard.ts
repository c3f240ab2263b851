// The way back before a child is seated: a big keypad-picture button to the code keypad, and the browser's
// Back kept inside the page (back to the keypad before seating; after seating it stays where it is).
import { h } from '../common/dom';
import { t } from './i18n';
import { KEYPAD } from './icons-ui';
import { backToKeypad } from './join-flow';
import { leaveSeat } from './live-session';
import { screenOf, store, type ScreenKind } from './store';
import { icon } from './svg';

/** Steps from which "back" returns to the keypad: nothing is lost there yet. */
const BEFORE_SEAT: readonly ScreenKind[] = ['connecting', 'choosing', 'waiting'];

export const canGoBack = (kind: ScreenKind): boolean => BEFORE_SEAT.includes(kind);

async function goBack(): Promise<void> {
  // A request still waiting for approval is withdrawn, so the console does not keep a ghost in its queue.
  if (screenOf(store.getState()) === 'waiting') await leaveSeat().catch(() => undefined);
  backToKeypad();
}

export function backButton(): HTMLButtonElement {
  const label = t().tabletPage.backToKeypad;
  return h(
    'button',
    { type: 'button', className: 'back-button', 'data-testid': 'back-to-keypad', 'aria-label': label, onClick: () => void goBack() },
    icon(KEYPAD),
    h('span', { className: 'back-label' }, label),
  );
}

/**
 * Puts a keypad entry under the page in the history, so Back lands in the app, never on the page before it.
 * Done on the first tap: Chrome lets Back skip entries pushed without a user gesture.
 */
export function installBackGuard(): void {
  const arm = () => {
    const here = location.pathname;
    history.replaceState({ circletime: 'keypad' }, '', '/j');
    history.pushState({ circletime: 'page' }, '', here);
  };
  window.addEventListener('pointerdown', arm, { once: true, capture: true });
  window.addEventListener('popstate', () => {
    const s = store.getState();
    if (s.mode === 'live' && canGoBack(screenOf(s))) {
      void goBack();
      return;
    }
    // Seated, ended or already on the keypad: stay on this page.
    history.pushState({ circletime: 'page' }, '', s.mode === 'live' ? `/j/${s.code}` : '/j');
  });
}
