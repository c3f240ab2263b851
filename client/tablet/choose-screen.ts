// "Which one is you?": the roster's avatars to tap; while waiting, my choice big above the same grid.
import { h, render } from '../common/dom';
import { avatarImg } from '../common/avatar';
import { t } from './i18n';
import type { TabletView } from '../../shared/session/views';
import { fitGrid } from './fit-grid';
import { claimSeat } from './live-session';
import { LEADER } from './pictures';
import type { Screen } from './screen';
import type { TabletState } from './store';
import { picture, prompt, say } from './widgets';

type Choice = TabletView['choices'][number];

function avatarTile(c: Choice, mine: boolean, pending: boolean): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      className: `avatar-tile${c.available ? '' : ' faded'}${mine ? ' mine' : ''}${pending ? ' pending' : ''}`,
      'data-testid': 'choose-avatar',
      'data-child-id': c.childId,
      'data-available': String(c.available),
      'aria-label': c.nickname,
      disabled: !c.available,
      onClick: () => {
        say(c.nickname);
        if (!mine) void claimSeat(c.childId);
      },
    },
    h('span', { className: 'avatar-frame' }, avatarImg(c.avatar, 160, '')),
    h('span', { className: 'avatar-name' }, c.nickname),
  );
}

/** The grid of avatars, re-rendered when the choices change; sized to fit without scrolling. */
function avatarGrid(): { el: HTMLElement; update: (s: TabletState) => void; destroy: () => void } {
  const el = h('div', { className: 'avatar-grid' });
  let key = '';
  let stop = () => {};
  const update = (s: TabletState) => {
    const view = s.view;
    if (!view) return;
    const next = JSON.stringify([view.choices, view.me?.childId, s.pendingClaim]);
    if (next === key) return;
    key = next;
    const mineId = view.status === 'waiting' ? view.me?.childId : undefined;
    render(el, ...view.choices.map((c) => avatarTile(c, c.childId === mineId, c.childId === s.pendingClaim)));
    stop();
    stop = fitGrid(el, view.choices.length, { ratio: 1.3, gap: 16, min: 72, max: 220 });
  };
  return { el, update, destroy: () => stop() };
}

export function chooseScreen(): Screen {
  const tp = t().tabletPage;
  const grid = avatarGrid();
  const empty = h('div', { className: 'empty-roster' }, picture(LEADER, 'picture picture-big'), prompt(tp.choose.empty, 'prompt prompt-big'));
  const el = h('main', { className: 'screen choose-screen', 'data-testid': 'choosing' }, prompt(tp.choose.prompt, 'prompt prompt-big'), grid.el);
  let showingEmpty = false;
  return {
    el,
    update: (s) => {
      const isEmpty = (s.view?.choices.length ?? 0) === 0;
      if (isEmpty !== showingEmpty) {
        showingEmpty = isEmpty;
        el.replaceChildren(...(isEmpty ? [empty] : [prompt(tp.choose.prompt, 'prompt prompt-big'), grid.el]));
      }
      grid.update(s);
    },
    destroy: grid.destroy,
  };
}

export function waitingScreen(): Screen {
  const tp = t().tabletPage;
  const grid = avatarGrid();
  const hero = h('section', { className: 'waiting-hero' });
  const el = h(
    'main',
    { className: 'screen waiting-screen', 'data-testid': 'waiting' },
    hero,
    h('section', { className: 'waiting-others' }, prompt(tp.waiting.notYou, 'prompt prompt-small'), grid.el),
  );
  let heroKey = '';
  return {
    el,
    update: (s) => {
      const me = s.view?.me;
      if (me && me.childId !== heroKey) {
        heroKey = me.childId;
        el.dataset['childId'] = me.childId;
        render(
          hero,
          h(
            'div',
            { className: 'meeting' },
            h('div', { className: 'my-avatar bob' }, avatarImg(me.avatar, 240, me.nickname)),
            h('div', { className: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
            picture(LEADER, 'picture leader wave-hello'),
          ),
          h('div', { className: 'my-name', 'data-testid': 'my-nickname' }, me.nickname),
          prompt(tp.waiting.message, 'prompt prompt-big'),
        );
      }
      grid.update(s);
    },
    destroy: grid.destroy,
  };
}
