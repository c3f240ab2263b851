// Every prompt-card picture as SVG, keyed by CardPicture; the screen rasterises them into textures.
import type { CardPicture } from '../../../../shared/activities/spotlight/decks';
import { PICTURES_A } from './card-pictures-a';
import { PICTURES_B } from './card-pictures-b';
import { svg100 } from '../../art/picture-kit';

/** Typed as the full record, so a picture added to CARD_PICTURES without a drawing fails the build. */
const BODIES: Record<CardPicture, string> = { ...PICTURES_A, ...PICTURES_B };

export const cardPictureKey = (p: CardPicture): string => `card-pic:${p}`;

export function cardPictureSvgs(): Map<string, string> {
  return new Map(Object.entries(BODIES).map(([p, body]) => [cardPictureKey(p as CardPicture), svg100(body)]));
}
