// Build Together's children on the console: who has yet to add a piece, who asks for help, and each child's part.
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import { lookOf } from '../../../../shared/activities/build-together/pieces';
import { fill } from '../../../../shared/i18n';
import type { ConsoleSeat } from '../../../../shared/session/views';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import type { ControlsContext } from '../types';

type Child = BuildTogetherConsole['children'][number];

const seatOf = (ctx: ControlsContext, id: string): ConsoleSeat | undefined => ctx.seats.find((s) => s.childId === id);

/** The picture needs every child: the ones still to add a piece are who the facilitator encourages. */
export function notYetBox(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement | null {
  const tt = t().consolePage.build;
  if (v.completed) return null;
  const seats = v.notYet.map((id) => seatOf(ctx, id)).filter((s): s is ConsoleSeat => s !== undefined);
  return h(
    'section',
    { className: 'coop-box build-not-yet', 'data-testid': 'build-not-yet', 'data-count': seats.length },
    h('h4', { className: 'queue-head first' }, tt.notYet),
    seats.length > 0
      ? h(
          'ul',
          { className: 'chip-list' },
          ...seats.map((s) => h('li', { className: 'chip', 'data-child-id': s.childId }, avatarImg(s.avatar, 26, ''), s.nickname)),
        )
      : h('p', { className: 'coop-all' }, ctx.present.length > 0 ? tt.allPlaced : tt.nobodyHere),
  );
}

export function helpBox(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement | null {
  const tt = t().consolePage.build;
  const open = v.help.filter((r) => seatOf(ctx, r.childId) !== undefined);
  if (open.length === 0 || v.completed) return null;
  return h(
    'section',
    { className: `coop-box build-help${open.some((r) => r.helpedBy === null) ? ' needs-you' : ''}`, 'data-testid': 'build-help' },
    h('h4', { className: 'queue-head first' }, tt.help),
    h(
      'ul',
      { className: 'coop-list' },
      ...open.map((r) => {
        const seat = seatOf(ctx, r.childId)!;
        const look = lookOf(v.design, r.pieceId);
        const helper = r.helpedBy ? seatOf(ctx, r.helpedBy) : undefined;
        return h(
          'li',
          { className: `coop-row${r.helpedBy ? ' is-helped' : ''}`, 'data-testid': 'build-help-request', 'data-child-id': r.childId },
          avatarImg(seat.avatar, 30, ''),
          h('span', { className: 'queue-name' }, seat.nickname),
          look ? h('span', { className: 'piece-chip' }, h('span', { className: 'swatch', style: `background: ${look.hex}` }), look.label[lang()]) : null,
          h('span', { className: 'coop-status' }, helper ? fill(tt.helpedBy, { name: helper.nickname }) : tt.waitingHelp),
        );
      }),
    ),
  );
}

export function buildChildren(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.build;
  const turns = v.turnMode === 'turns';
  // Children who never came to this round would only be empty rows.
  const rows = v.children.filter((c) => c.present || c.placed > 0 || c.passes > 0);
  return h(
    'section',
    { className: 'coop-box' },
    h('h4', { className: 'queue-head first' }, tt.children),
    rows.length === 0
      ? h('p', { className: 'muted' }, tt.nobodyHere)
      : h('ul', { className: 'build-children' }, ...rows.map((c) => childRow(c, v, ctx, turns))),
  );
}

function childRow(c: Child, v: BuildTogetherConsole, ctx: ControlsContext, turns: boolean): HTMLElement {
  const tt = t().consolePage.build;
  const seat = seatOf(ctx, c.childId);
  const onTurn = v.turn?.childId === c.childId;
  return h(
    'li',
    {
      className: `build-child${c.present ? '' : ' is-away'}${onTurn ? ' on-turn' : ''}`,
      'data-testid': 'build-child',
      'data-child-id': c.childId,
      'data-present': String(c.present),
      'data-hand': c.hand.length,
      'data-placed': c.placed,
      'data-passes': c.passes,
    },
    seat ? avatarImg(seat.avatar, 30, '') : null,
    h(
      'span',
      { className: 'coop-who-text' },
      h(
        'span',
        { className: 'queue-name' },
        seat?.nickname ?? c.childId,
        c.present ? null : h('small', { className: 'coop-away' }, ` · ${tt.notHere}`),
        onTurn ? h('small', { className: 'coop-tag' }, tt.onTurn) : null,
      ),
      h(
        'span',
        { className: 'build-counts' },
        h('span', {}, fill(tt.hand, { n: c.hand.length })),
        h('span', { className: c.placed > 0 ? 'has-placed' : '' }, fill(tt.placed, { n: c.placed })),
        turns ? h('span', {}, fill(tt.passes, { n: c.passes })) : null,
      ),
    ),
  );
}
