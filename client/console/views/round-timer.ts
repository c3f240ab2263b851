// The running round's timer: time left (or a calm "time is up"), round length, +1 min, off, show to children.
import { fill } from '../../../shared/i18n';
import type { ConsoleRound } from '../../../shared/session/views';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { LiveController } from '../live/live-controller';
import { clockFace, timerRemainingMs } from '../live/round-clock';
import { clockIcon } from './icons';
import type { Ticker } from './ticker';
import { checkbox } from './ui';

const MAX_SECONDS = 3600;
const DEFAULT_MINUTES = 5;

export function timerRow(round: ConsoleRound, live: LiveController, ticker: Ticker): HTMLElement {
  const tt = t().consolePage.timer;
  const setting = round.timerSetting;
  const on = setting.durationMs !== null;
  const visibleNow = setting.visibleToChildren;

  const remaining = h('span', { className: 'timer-remaining', 'data-testid': 'timer-remaining' });
  const upNote = h('p', { className: 'timer-up', 'data-testid': 'timer-up', role: 'status', hidden: true }, tt.up);
  ticker.add(remaining, (now) => {
    const ms = timerRemainingMs(round.timer, now);
    const state = ms === null ? 'off' : ms <= 0 ? 'up' : round.timer?.endsAt === null ? 'paused' : 'running';
    remaining.dataset.state = state;
    remaining.dataset.remainingMs = ms === null ? '' : String(Math.max(0, Math.round(ms)));
    remaining.textContent = ms === null ? tt.off : state === 'up' ? tt.upShort : fill(state === 'paused' ? tt.pausedLeft : tt.left, { time: clockFace(ms) });
    upNote.hidden = state !== 'up';
  });

  const minutes = h('input', {
    type: 'number',
    'data-testid': 'timer-minutes',
    min: 1,
    max: MAX_SECONDS / 60,
    step: 1,
    value: String(on ? Math.round(setting.durationMs! / 60000) || 1 : DEFAULT_MINUTES),
    'aria-label': tt.minutes,
  });
  const seconds = () => {
    const m = Number(minutes.value);
    return Number.isFinite(m) && m > 0 ? Math.min(MAX_SECONDS, Math.max(10, Math.round(m * 60))) : null;
  };
  const visible = checkbox('timer-visible', visibleNow);
  // Visibility is kept by the server even while the timer is off, so the next "Set" keeps it.
  visible.addEventListener('change', () => void live.send({ type: 'timer.show', visibleToChildren: visible.checked }));
  const set = () => {
    const s = seconds();
    if (s !== null) void live.send({ type: 'timer.set', seconds: s, visibleToChildren: visible.checked });
  };
  minutes.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') set();
  });

  return h(
    'div',
    { className: `timer-box${on ? ' is-on' : ''}` },
    h(
      'div',
      { className: 'timer-row' },
      h('span', { className: 'timer-label' }, clockIcon(18), tt.label),
      remaining,
      h(
        'span',
        { className: 'timer-set-group' },
        h('label', { className: 'with-unit' }, h('span', { className: 'sr-label' }, tt.minutes), minutes, h('span', { className: 'unit' }, tt.minutesUnit)),
        h('button', { type: 'button', className: 'button small', 'data-testid': 'timer-set', onclick: set }, tt.set),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button small',
          'data-testid': 'timer-extend',
          disabled: !on,
          onclick: () => void live.send({ type: 'timer.extend', seconds: 60 }),
        },
        tt.extend,
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button small',
          'data-testid': 'timer-off',
          disabled: !on,
          onclick: () => void live.send({ type: 'timer.set', seconds: null, visibleToChildren: visibleNow }),
        },
        tt.turnOff,
      ),
    ),
    h(
      'div',
      { className: 'timer-row second' },
      h('label', { className: 'check-field inline' }, visible, h('span', {}, tt.visible)),
      h('span', { className: 'timer-hint' }, visibleNow ? tt.visibleHint : tt.hiddenHint),
    ),
    upNote,
  );
}
