// The running round: which activity and round, running or paused, pause / resume / end, timer, controls.
import { fill } from '../../../shared/i18n';
import type { ConsoleRound, ConsoleView } from '../../../shared/session/views';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { consoleActivity } from '../activities';
import { uiSlot } from '../activities/ui-slot';
import { activityName } from '../activities/names';
import { clockTime } from '../format';
import type { LiveController } from '../live/live-controller';
import { presentSeats } from '../live/round-clock';
import { confirmDialog } from './confirm-dialog';
import { pauseIcon, playIcon } from './icons';
import type { Ticker } from './ticker';
import { timerRow } from './round-timer';

export function roundHead(round: ConsoleRound, live: LiveController, offset: number): HTMLElement {
  const tt = t().consolePage.rounds;
  const name = activityName(round.activity);
  const end = async () => {
    if (await confirmDialog(fill(tt.endConfirm, { activity: name }), tt.endOk)) void live.send({ type: 'round.end' });
  };
  const chips = consoleActivity(round.activity).summary(round.settings);
  return h(
    'div',
    { className: 'round-head' },
    h(
      'div',
      { className: 'round-title' },
      h(
        'div',
        { className: 'round-kicker' },
        h('span', {}, fill(tt.current, { n: round.number })),
        h('span', {}, round.planIndex !== null ? fill(tt.fromPlan, { n: round.planIndex + 1 }) : tt.unplanned),
        h('span', {}, fill(tt.since, { time: clockTime(round.startedAt - offset) })),
      ),
      h(
        'div',
        { className: 'round-name-row' },
        h('h3', {}, name),
        h('span', { className: `state-pill ${round.paused ? 'paused' : 'running'}`, 'data-testid': 'round-state' }, round.paused ? tt.paused : tt.running),
      ),
      h('div', { className: 'chips' }, ...chips.map((c) => h('span', { className: 'chip small' }, c))),
    ),
    h(
      'div',
      { className: 'round-actions' },
      round.paused
        ? h(
            'button',
            { type: 'button', className: 'button primary', 'data-testid': 'round-resume', onclick: () => void live.send({ type: 'round.resume' }) },
            playIcon(16),
            tt.resume,
          )
        : h(
            'button',
            { type: 'button', className: 'button', 'data-testid': 'round-pause', onclick: () => void live.send({ type: 'round.pause' }) },
            pauseIcon(16),
            tt.pause,
          ),
      h('button', { type: 'button', className: 'button danger', 'data-testid': 'round-end', onclick: () => void end() }, tt.end),
    ),
  );
}

export function roundTimer(round: ConsoleRound, live: LiveController, ticker: Ticker): HTMLElement[] {
  const tt = t().consolePage.rounds;
  return [timerRow(round, live, ticker), ...(round.paused ? [h('p', { className: 'paused-note', role: 'status' }, tt.pausedNote)] : [])];
}

export function roundControls(view: ConsoleView, round: ConsoleRound, live: LiveController, ticker: Ticker): HTMLElement {
  const ctx = { send: live.send, seats: view.seats, present: presentSeats(view), paused: round.paused, ticker };
  return uiSlot(round.activity, (ui) => [ui.controls(round.view, ctx)]);
}

/** What the activity controls depend on, so they are rebuilt only when it changes. */
export function controlsSig(view: ConsoleView, round: ConsoleRound): string {
  return JSON.stringify([round.number, round.paused, round.view, presentSeats(view).map((s) => [s.childId, s.nickname, s.avatar])]);
}
