// The console-only list of who gave which card to whom, newest first (the screen and tablets never name givers).
import type { StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../../common/i18n';
import type { ControlsContext } from '../types';
import { cardText } from './card-text';

/** The facilitator's fold, kept across the rebuilds that every new view causes. */
let open = true;

export function giftList(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  const who = (id: string) => {
    const s = ctx.seats.find((x) => x.childId === id);
    return h('span', { className: 'gift-who' }, s ? avatarImg(s.avatar, 22, '') : null, h('span', {}, s?.nickname ?? id));
  };
  const gifts = [...v.gifts].reverse();
  const box = h(
    'details',
    { className: 'coop-box garden-gifts', 'data-testid': 'garden-gifts', open },
    h('summary', { className: 'queue-head first' }, `${tt.gifts} · ${gifts.length}`),
    gifts.length === 0
      ? h('p', { className: 'muted' }, tt.noGifts)
      : h(
          'ol',
          { className: 'gift-list' },
          ...gifts.map((g) =>
            h(
              'li',
              { className: 'gift', 'data-from': g.from, 'data-to': g.to },
              who(g.from),
              h('span', { className: 'gift-arrow', 'aria-hidden': 'true' }, '→'),
              who(g.to),
              h('span', { className: 'pick-chip' }, cardText(g.card)),
            ),
          ),
        ),
    h('p', { className: 'coop-note' }, tt.giftsNote),
  );
  box.addEventListener('toggle', () => {
    open = box.open;
  });
  return box;
}
