// The seats on the live page: each roster child's avatar, nickname, live status and how long, with actions.
import { avatarImg } from '../../common/avatar';
import { h } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { t } from '../../common/i18n';
import type { ConsoleSeat, ConsoleView } from '../../../shared/session/views';
import { duration } from '../format';
import { seatState, type SeatState } from '../live/seat-status';
import type { LiveStore } from '../live/live-store';
import type { LiveController } from '../live/live-controller';
import { confirmDialog } from './confirm-dialog';
import { keyedList, type KeyedList } from './keyed-list';

export interface SeatsDeps {
  store: LiveStore;
  live: LiveController;
}

export function seatsPanel(): { el: HTMLElement; list: HTMLElement; rows: KeyedList; head: HTMLElement } {
  const list = h('ul', { className: 'seat-list', 'data-testid': 'seat-list' });
  const head = h('div', { className: 'card-head' });
  return { el: h('section', { className: 'card seats' }, head, list), list, rows: keyedList(list), head };
}

export function seatsHead(view: ConsoleView, now: number): HTMLElement[] {
  const tt = t().consolePage.live;
  const states = view.seats.map((s) => seatState(s, now).status);
  const seated = states.filter((s) => s !== 'empty' && s !== 'waiting').length;
  const waiting = states.filter((s) => s === 'waiting').length;
  return [
    h('h2', {}, tt.seats),
    h('span', { className: 'muted', 'data-testid': 'seat-summary' }, fill(tt.summary, { seated, total: view.seats.length })),
    waiting ? h('span', { className: 'pill waiting' }, fill(tt.waitingCount, { n: waiting })) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

export function seatRows(d: SeatsDeps, view: ConsoleView, now: number) {
  const moveFor = d.store.getState().moveFor;
  const empties = view.seats.filter((s) => !s.seated);
  return view.seats.map((seat) => {
    const state = seatState(seat, now);
    const moving = moveFor === seat.childId && seat.seated;
    const targets = moving ? empties : [];
    return {
      key: seat.childId,
      sig: JSON.stringify([seat.nickname, seat.avatar, state, moving, targets.map((s) => [s.childId, s.nickname, s.requestedAt !== null])]),
      build: () => seatRow(d, seat, state, moving ? targets : null, now),
    };
  });
}

function seatRow(d: SeatsDeps, seat: ConsoleSeat, state: SeatState, moveTargets: ConsoleSeat[] | null, now: number): HTMLElement {
  const tt = t().consolePage.live;
  const id = seat.childId;
  const button = (testid: string, label: string, className: string, onclick: () => void, expanded?: boolean) =>
    h(
      'button',
      { type: 'button', className: `button ${className}`, 'data-testid': testid, 'aria-expanded': expanded === undefined ? null : String(expanded), onclick },
      label,
    );

  const actions: (HTMLElement | null)[] = [];
  if (state.status === 'waiting') {
    actions.push(
      button('approve-seat', tt.approve, 'approve', () => void d.live.send({ type: 'seat.approve', childId: id })),
      button('deny-seat', tt.deny, '', () => void d.live.send({ type: 'seat.deny', childId: id })),
    );
  } else if (seat.seated) {
    const release = async () => {
      if (await confirmDialog(fill(tt.releaseConfirm, { name: seat.nickname }), tt.release)) void d.live.send({ type: 'seat.release', childId: id });
    };
    actions.push(
      button('move-seat', tt.move, 'small', () => d.store.setState({ moveFor: moveTargets ? null : id }), moveTargets !== null),
      moveTargets ? moveChooser(d, seat, moveTargets) : null,
      button('release-seat', tt.release, 'small quiet-danger', () => void release()),
    );
  }

  return h(
    'li',
    { className: `seat-row status-${state.status}`, 'data-testid': 'seat-row', 'data-child-id': id, 'data-status': state.status },
    avatarImg(seat.avatar, 48, ''),
    h(
      'div',
      { className: 'seat-info' },
      h('span', { className: 'seat-name' }, seat.nickname),
      h(
        'span',
        { className: 'seat-status' },
        h('span', { className: 'dot', 'aria-hidden': 'true' }),
        h('span', { 'data-testid': 'seat-status' }, tt.status[state.status]),
        state.since !== null ? h('span', { className: 'since', 'data-since': state.since }, ` · ${duration(now - state.since)}`) : null,
      ),
    ),
    // Filled by the participation panel (metrics-seat.ts): this child's numbers and the observation "Tag" button.
    h('div', { className: 'seat-metrics', 'data-metrics-for': id }),
    h('div', { className: 'seat-actions' }, ...actions),
  );
}

function moveChooser(d: SeatsDeps, seat: ConsoleSeat, targets: ConsoleSeat[]): HTMLElement {
  const tt = t().consolePage.live;
  const sel = h(
    'select',
    { 'data-testid': 'move-target', 'aria-label': fill(tt.moveTo, { name: seat.nickname }) },
    h('option', { value: '' }, tt.movePick),
    ...targets.map((s) => h('option', { value: s.childId }, s.requestedAt !== null ? fill(tt.moveWaiting, { name: s.nickname }) : s.nickname)),
  );
  sel.addEventListener('change', () => {
    if (!sel.value) return;
    d.store.setState({ moveFor: null });
    void d.live.send({ type: 'seat.move', fromChildId: seat.childId, toChildId: sel.value });
  });
  queueMicrotask(() => sel.focus());
  return sel;
}

/** Refreshes every "· 2 min" label from the server-clock estimate; called once a second. */
export function tickSince(root: HTMLElement, now: number): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-since]')) {
    const since = Number(el.dataset.since);
    el.textContent = ` · ${duration(now - since)}`;
  }
}
