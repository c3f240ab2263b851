// Pass the Star controls: who holds the star and for how long, giving it to a child, who has not had it yet.
import { fill } from '../../../../shared/i18n';
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ConsoleSeat } from '../../../../shared/session/views';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../../common/i18n';
import { duration } from '../../format';
import { starIcon } from '../../views/icons';
import type { ControlsContext } from '../types';

export function passStarControls(v: PassStarConsole, ctx: ControlsContext): HTMLElement {
  return h('div', { className: 'star-controls' }, holderBox(v, ctx), giveBox(v, ctx));
}

function holderBox(v: PassStarConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.star;
  const seat = v.holder ? ctx.seats.find((s) => s.childId === v.holder) : undefined;
  const presentIds = new Set(ctx.present.map((s) => s.childId));
  const had = v.held.filter((id) => presentIds.has(id)).length;
  const notYet = v.notYet.map((id) => ctx.seats.find((s) => s.childId === id)).filter((s): s is ConsoleSeat => s !== undefined);
  const since = h('span', { className: 'star-since' });
  const holder = seat
    ? h(
        'div',
        { className: 'star-holder', 'data-testid': 'star-holder', 'data-child-id': seat.childId },
        h('span', { className: 'star-avatar' }, avatarImg(seat.avatar, 72, ''), h('span', { className: 'star-mark' }, starIcon(26))),
        h(
          'div',
          { className: 'star-who' },
          h('strong', {}, fill(tt.holds, { name: seat.nickname })),
          ctx.ticker.add(since, (now) => {
            since.textContent = v.holderSince === null ? '' : fill(tt.holdingFor, { time: duration(now - v.holderSince) });
          }),
        ),
      )
    : h(
        'div',
        { className: 'star-holder is-empty', 'data-testid': 'star-holder', 'data-child-id': '' },
        h('span', { className: 'star-mark lone' }, starIcon(34)),
        h('div', { className: 'star-who' }, h('strong', {}, tt.nobody), h('span', {}, tt.giveFirst)),
      );
  return h(
    'section',
    { className: 'star-status' },
    holder,
    h(
      'dl',
      { className: 'star-stats' },
      h('div', {}, h('dt', {}, tt.passes), h('dd', { 'data-testid': 'star-passes' }, String(v.passes))),
      h('div', {}, h('dt', {}, tt.hadIt), h('dd', {}, fill(tt.hadCount, { n: had, total: ctx.present.length }))),
      v.everyoneOnce ? h('div', { className: 'tag' }, tt.everyoneOnce) : null,
    ),
    h('h4', { className: 'queue-head' }, tt.notYet),
    notYet.length > 0
      ? h(
          'ul',
          { className: 'chip-list not-yet', 'data-testid': 'star-not-yet' },
          ...notYet.map((s) => h('li', { className: 'chip', 'data-child-id': s.childId }, avatarImg(s.avatar, 28, ''), s.nickname)),
        )
      : h('p', { className: 'all-had', 'data-testid': 'star-not-yet' }, ctx.present.length ? tt.allHad : tt.nobodyHere),
  );
}

function giveBox(v: PassStarConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.star;
  return h(
    'section',
    // Nobody holds the star: giving it is the one thing to do now.
    { className: `star-give${v.holder === null ? ' needs-you' : ''}` },
    h('h4', { className: 'queue-head' }, tt.give),
    ctx.present.length === 0
      ? h('p', { className: 'muted' }, tt.nobodyHere)
      : h(
          'ul',
          { className: 'give-list' },
          ...ctx.present.map((s) => {
            const holds = s.childId === v.holder;
            const had = v.held.includes(s.childId);
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: `give-child${holds ? ' holds' : ''}${had ? ' had' : ''}`,
                  'data-testid': 'star-give',
                  'data-child-id': s.childId,
                  disabled: ctx.paused || holds,
                  onclick: () => void ctx.send({ type: 'star.give', to: s.childId }),
                },
                avatarImg(s.avatar, 40, ''),
                h('span', { className: 'queue-name' }, s.nickname),
                holds ? h('span', { className: 'holds-mark' }, starIcon(16)) : null,
              ),
            );
          }),
        ),
  );
}
