// Strength Garden controls: the phase and its buttons, each child's picks and gifts, and whom to nudge for.
import '../../styles/coop.css';
import type { GardenPhase, StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import { fill } from '../../../../shared/i18n';
import type { ConsoleSeat } from '../../../../shared/session/views';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../../common/i18n';
import { duration } from '../../format';
import { confirmDialog } from '../../views/confirm-dialog';
import type { ControlsContext } from '../types';
import { cardText } from './card-text';
import { giftList } from './gifts';

type Row = StrengthGardenConsole['children'][number];

export function gardenControls(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  return h(
    'div',
    { className: 'coop-controls garden-controls' },
    h('div', { className: 'coop-column' }, phaseBox(v, ctx), v.phase === 'self' ? null : receivedNoneBox(v, ctx)),
    h('div', { className: 'coop-column' }, childrenBox(v, ctx), v.phase === 'self' && v.gifts.length === 0 ? null : giftList(v, ctx)),
  );
}

function phaseBox(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  const since = h('span', { className: 'coop-since' });
  const hint = fill(tt.phaseHints[v.phase], { n: v.phase === 'self' ? v.maxSelfPicks : v.perPeerCap });
  return h(
    'section',
    { className: `coop-box garden-stage is-${v.phase}` },
    h(
      'div',
      { className: 'coop-head' },
      h('span', { className: `phase-pill garden-pill-${v.phase}`, 'data-testid': 'garden-phase', 'data-phase': v.phase }, tt.phases[v.phase]),
      v.phaseSince === null
        ? null
        : ctx.ticker.add(since, (now) => {
            since.textContent = fill(tt.since, { time: duration(now - (v.phaseSince ?? now)) });
          }),
    ),
    h('p', { className: 'coop-hint' }, hint),
    h('div', { className: 'coop-actions' }, ...phaseButtons(v, ctx)),
    totals(v, ctx),
  );
}

/** The way forward is the big button; going back stays possible (a click too early), but quieter. */
function phaseButtons(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement[] {
  const tt = t().consolePage.garden;
  const phase = v.phase;
  const go = (to: GardenPhase, testid: string, label: string, primary: boolean) =>
    h(
      'button',
      {
        type: 'button',
        className: `button${primary ? ' primary' : ''}`,
        'data-testid': testid,
        disabled: ctx.paused,
        onclick: async () => {
          if (to === 'garden' && !(await closingMayStart(v, ctx))) return;
          void ctx.send({ type: 'garden.set-phase', phase: to });
        },
      },
      label,
    );
  if (phase === 'self') return [go('give', 'garden-to-give', tt.toGive, true), go('garden', 'garden-show-gardens', tt.showGardens, false)];
  if (phase === 'give') return [go('garden', 'garden-show-gardens', tt.showGardens, true), go('self', 'garden-back-to-picking', tt.backToPicking, false)];
  return [go('give', 'garden-to-give', tt.backToGiving, false), go('self', 'garden-back-to-picking', tt.backToPicking, false)];
}

/** The closing waits while a child here has no friend's flower: the facilitator sees who, and may still go on. */
async function closingMayStart(v: StrengthGardenConsole, ctx: ControlsContext): Promise<boolean> {
  const tt = t().consolePage.garden;
  const names = v.receivedNone.map((id) => seatOf(ctx, id)?.nickname).filter((n): n is string => !!n);
  if (names.length === 0) return true;
  return confirmDialog(fill(tt.closingWaits, { names: names.join(t().common.listJoin) }), tt.closingAnyway, 'normal', tt.closingWait);
}

function totals(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  const present = new Set(ctx.present.map((s) => s.childId));
  const rows = v.children.filter((c) => present.has(c.childId));
  const picked = rows.filter((c) => c.picks.length > 0).length;
  const got = rows.filter((c) => c.received > 0).length;
  // While children pick for themselves, gifts are not the point yet (and are all zero).
  const giving = v.phase !== 'self' || v.gifts.length > 0;
  return h(
    'dl',
    { className: 'coop-stats' },
    h('div', {}, h('dt', {}, tt.picks), h('dd', {}, fill(tt.picksOf, { n: picked, max: rows.length }))),
    giving ? h('div', {}, h('dt', {}, tt.received), h('dd', {}, fill(tt.picksOf, { n: got, max: rows.length }))) : null,
    giving ? h('div', {}, h('dt', {}, tt.given), h('dd', { 'data-testid': 'garden-gift-count' }, String(v.gifts.length))) : null,
  );
}

function seatOf(ctx: ControlsContext, id: string): ConsoleSeat | undefined {
  return ctx.seats.find((s) => s.childId === id);
}

/** For the facilitator's eyes only: who has no flower from a friend yet, with a quiet way to help. */
function receivedNoneBox(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  const giving = v.phase === 'give';
  const seats = v.receivedNone.map((id) => seatOf(ctx, id)).filter((s): s is ConsoleSeat => s !== undefined);
  return h(
    'section',
    { className: `coop-box garden-none${seats.length > 0 && giving ? ' needs-you' : ''}`, 'data-testid': 'garden-received-none', 'data-count': seats.length },
    h('h4', { className: 'queue-head first' }, tt.receivedNone),
    seats.length === 0
      ? h('p', { className: 'coop-all' }, ctx.present.length > 0 ? tt.everyoneReceived : tt.nobodyHere)
      : h(
          'ul',
          { className: 'coop-list' },
          ...seats.map((s) => {
            const shining = v.featured.includes(s.childId);
            return h(
              'li',
              { className: 'coop-row' },
              avatarImg(s.avatar, 32, ''),
              h('span', { className: 'queue-name' }, s.nickname),
              giving || shining ? nudgeButton(s.childId, shining, giving, ctx) : null,
            );
          }),
        ),
    giving ? null : seats.length > 0 ? h('p', { className: 'coop-note' }, tt.nudgeWhenGiving) : null,
    h('p', { className: 'coop-note private' }, tt.receivedNoneNote),
  );
}

/** Once nudged, the button stays as a quiet "done" mark while the child still waits for a flower. */
function nudgeButton(childId: string, shining: boolean, giving: boolean, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  return h(
    'button',
    {
      type: 'button',
      className: `button small nudge${shining ? ' given' : ''}`,
      'data-testid': 'garden-nudge',
      'data-child-id': childId,
      disabled: ctx.paused || !giving || shining,
      onclick: () => void ctx.send({ type: 'garden.nudge', childId }),
    },
    shining ? tt.nudgedFor : tt.nudge,
  );
}

function childrenBox(v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  return h(
    'section',
    { className: 'coop-box' },
    h('h4', { className: 'queue-head first' }, tt.children),
    v.children.length === 0
      ? h('p', { className: 'muted' }, tt.nobodyHere)
      : h(
          'table',
          { className: 'coop-table' },
          h(
            'thead',
            {},
            h('tr', {}, h('th', {}, ''), h('th', {}, tt.picks), h('th', { className: 'num' }, tt.given), h('th', { className: 'num' }, tt.received)),
          ),
          h('tbody', {}, ...v.children.map((c) => childRow(c, v, ctx))),
        ),
  );
}

function childRow(c: Row, v: StrengthGardenConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.garden;
  const seat = seatOf(ctx, c.childId);
  const none = c.present && c.received === 0 && v.phase !== 'self';
  return h(
    'tr',
    {
      className: `garden-child${c.present ? '' : ' is-away'}${none ? ' has-none' : ''}`,
      'data-testid': 'garden-child',
      'data-child-id': c.childId,
      'data-present': String(c.present),
      'data-picks': c.picks.length,
      'data-given': c.given,
      'data-received': c.received,
    },
    h(
      'td',
      {},
      h(
        'div',
        { className: 'coop-who' },
        avatarImg(seat?.avatar ?? c.avatar, 28, ''),
        h('span', { className: 'queue-name' }, seat?.nickname ?? c.nickname),
        c.present ? null : h('small', { className: 'coop-away' }, tt.notHere),
        c.nudged ? h('small', { className: 'coop-tag' }, tt.nudged) : null,
      ),
    ),
    h(
      'td',
      { className: 'garden-picks' },
      c.picks.length === 0
        ? h('span', { className: 'coop-zero' }, fill(tt.picksOf, { n: 0, max: v.maxSelfPicks }))
        : h('span', { className: 'pick-chips' }, ...c.picks.map((id) => h('span', { className: 'pick-chip' }, cardText(id)))),
    ),
    h('td', { className: 'num' }, String(c.given)),
    h('td', { className: `num${none ? ' coop-zero' : ''}` }, String(c.received)),
  );
}
