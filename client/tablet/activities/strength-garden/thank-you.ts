// The gentle thank-you after giving: the card flies to my friend, becomes a flower, little hearts float up.
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { GardenCard, GardenPeer } from '../../../../shared/activities/strength-garden';
import { prompt, say } from '../../widgets';
import { flowerArt } from './card-tile';
import { flyPicture } from './fly';

const SHOW_MS = 2600;

/** Resolves when the thank-you is over (by itself, or sooner on a tap). */
export async function thankYou(host: HTMLElement, peer: GardenPeer, card: GardenCard, from: Element, to: HTMLElement): Promise<void> {
  const text = fill(t().tabletPage.garden.thanks, { name: peer.nickname });
  const pic = from.querySelector('.garden-pic') ?? from;
  await flyPicture(pic, to, 650);
  to.classList.remove('hop');
  void to.offsetWidth;
  to.classList.add('hop');
  say(text);
  const hearts = h('div', { className: 'garden-hearts', 'aria-hidden': 'true' }, ...Array.from({ length: 7 }, (_, i) => h('span', { style: `--k: ${i}` })));
  const el = h(
    'div',
    { className: 'garden-thanks', 'data-testid': 'garden-thanks', role: 'status' },
    hearts,
    flowerArt(card, 'peer', `thanks:${card.id}`, 'garden-flower-art garden-thanks-flower'),
    prompt(text, 'prompt prompt-big'),
  );
  host.append(el);
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, SHOW_MS);
    el.addEventListener('click', done, { once: true });
  });
  el.classList.add('leaving');
  setTimeout(() => el.remove(), 300);
}
