// The prompt card, big: its drawn picture and its words in this tablet's language, with a speaker.
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import type { PromptCard } from '../../../../shared/activities/spotlight/decks';
import { icon } from '../../svg';
import { say, speakerButton } from '../../widgets';
import { CARD_PICTURE_SVG } from './card-pictures';

export function cardText(card: PromptCard): string {
  return card.text[lang()];
}

export function promptCard(card: PromptCard): HTMLElement {
  const text = cardText(card);
  return h(
    'figure',
    {
      className: 'prompt-card',
      'data-testid': 'spotlight-card',
      'data-card-id': card.id,
      'data-picture': card.picture,
      'aria-label': t().tabletPage.spotlight.readCard,
    },
    h('div', { className: 'card-picture', onClick: () => say(text) }, icon(CARD_PICTURE_SVG[card.picture])),
    h('figcaption', { className: 'card-words' }, speakerButton(text), h('span', { className: 'card-text', onClick: () => say(text) }, text)),
  );
}
