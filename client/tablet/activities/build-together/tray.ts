// "My pieces": the child's own pieces as big picture buttons; one tap picks a piece (and says what it is).
import { pieceSvg } from '../../../common/activities/build-together/pictures';
import { h, render } from '../../../common/dom';
import { lang } from '../../i18n';
import { SHAPE_IDS, type BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { replay } from '../../reaction-buttons';
import { icon } from '../../svg';

export type HandPiece = BuildTogetherTablet['hand'][number];

export interface Tray {
  el: HTMLElement;
  update(hand: readonly HandPiece[], selected: string | null, canPlace: boolean): void;
  /** A little wiggle: "pick one of these first". */
  nudge(): void;
}

/** Pieces of a kind side by side, in the order the pictures list their parts. */
function ordered(hand: readonly HandPiece[]): HandPiece[] {
  const rank = (p: HandPiece) => SHAPE_IDS.indexOf(p.shape);
  return [...hand].sort((a, b) => rank(a) - rank(b) || a.colour.localeCompare(b.colour) || a.pieceId.localeCompare(b.pieceId));
}

export function tray(onPick: (p: HandPiece) => void): Tray {
  const el = h('div', { className: 'build-tray', 'data-testid': 'build-tray' });
  let key = '';
  const update = (hand: readonly HandPiece[], selected: string | null, canPlace: boolean) => {
    const next = JSON.stringify([hand.map((p) => p.pieceId), selected, canPlace, lang()]);
    if (next === key) return;
    key = next;
    el.classList.toggle('waiting', !canPlace);
    render(
      el,
      ...ordered(hand).map((p) => {
        const on = p.pieceId === selected;
        const button: HTMLButtonElement = h(
          'button',
          {
            type: 'button',
            className: `build-piece${on ? ' selected' : ''}`,
            'data-testid': 'build-piece',
            'data-piece-id': p.pieceId,
            'data-shape': p.shape,
            'data-colour': p.colour,
            'data-selected': String(on),
            'aria-pressed': String(on),
            'aria-label': p.label[lang()],
            onClick: () => {
              replay(button, 'pop');
              onPick(p);
            },
          },
          icon(pieceSvg(p.shape, p.colour, 'solid'), 'icon build-piece-picture'),
        );
        return button;
      }),
    );
  };
  return { el, update, nudge: () => replay(el, 'nudge') };
}
