// A strength card on the tablet: picture first, its word under it, a speaker that reads it; a tap does the view's thing.
import { h } from '../../../common/dom';
import { lang } from '../../i18n';
import { flowerHeadSvg, flowerVariant, type FlowerKind } from '../../../common/activities/strength-garden/flowers';
import { strengthPictureSvg } from '../../../common/activities/strength-garden/pictures';
import type { GardenCard } from '../../../../shared/activities/strength-garden';
import { icon } from '../../svg';
import { speakerButton } from '../../widgets';

export const cardWords = (c: GardenCard): string => c.text[lang()];
export const cardSpeech = (c: GardenCard): string => c.speak[lang()];

/** The card's drawn picture, in a frame with the given class. */
export function cardPicture(card: GardenCard, className = 'garden-pic'): HTMLElement {
  return h('div', { className, 'data-picture': card.picture }, icon(strengthPictureSvg(card.picture)));
}

export interface TileOptions {
  testid: string;
  /** Extra content laid over the card (a "picked" flower, a "given" heart). */
  badge?: HTMLElement;
  onTap: (card: GardenCard, tile: HTMLElement) => void;
}

/**
 * The card is two sibling buttons (a button may not hold another): the big card itself, and its speaker in
 * the corner, so a child can listen before choosing.
 */
export function cardTile(card: GardenCard, o: TileOptions): HTMLElement {
  const words = cardWords(card);
  const tile: HTMLElement = h(
    'div',
    { className: 'garden-card', 'data-testid': o.testid, 'data-card': card.id },
    h(
      'button',
      { type: 'button', className: 'garden-card-main', 'aria-label': words, onClick: () => o.onTap(card, tile) },
      cardPicture(card),
      h('span', { className: 'garden-card-word' }, words),
      o.badge ?? null,
    ),
    speakerButton(cardSpeech(card), 'garden-card-speak'),
  );
  return tile;
}

/** A flower head with the card's picture in its middle (my garden, the picks tray, the thank-you). */
export function flowerArt(card: GardenCard, kind: FlowerKind, key: string, className = 'garden-flower-art'): HTMLElement {
  return h(
    'div',
    { className, 'data-kind': kind },
    h('div', { className: 'garden-flower-head' }, icon(flowerHeadSvg(kind, flowerVariant(key)))),
    cardPicture(card, 'garden-flower-pic'),
  );
}

/** A small flower head alone, for labels ("I chose this", "A friend gave me this"). */
export function flowerMark(kind: FlowerKind, className = 'garden-mark'): HTMLElement {
  return h('span', { className, 'data-kind': kind, 'aria-hidden': 'true' }, icon(flowerHeadSvg(kind, 0)));
}
