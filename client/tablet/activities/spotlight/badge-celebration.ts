// "You got a brave badge!": a short celebration when my badge count goes up, remembered across reloads.
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { picture, prompt, say } from '../../widgets';
import { BADGE } from './icons';

const SHOW_MS = 8000;

/** Remembers the last badge count seen for this child in this session, so a reload does not celebrate again. */
export function badgeCounter(sessionId: string, childId: string): (badges: number) => boolean {
  const key = `circletime.tablet.badges.${sessionId}.${childId}`;
  return (badges) => {
    const seen = Number(sessionStorage.getItem(key) ?? '0');
    sessionStorage.setItem(key, String(badges));
    // A new round starts at zero: that is not a loss, just a fresh count.
    return badges > seen;
  };
}

/** A warm burst over the activity with the drawn badge; any tap closes it, and it leaves by itself. */
export function celebrateBadge(host: HTMLElement): void {
  host.querySelector('.badge-celebration')?.remove();
  const text = t().tabletPage.spotlight.badge;
  const close = () => el.remove();
  const el: HTMLElement = h(
    'div',
    { className: 'badge-celebration', 'data-testid': 'badge-celebration', role: 'status', onClick: close },
    h('div', { className: 'badge-rays', 'aria-hidden': 'true' }),
    picture(BADGE, 'picture picture-hero badge-picture'),
    prompt(text, 'prompt prompt-hero'),
  );
  host.append(el);
  say(text);
  setTimeout(close, SHOW_MS);
}
