// The Rounds panel of the live page: the running round (timer, activity controls), the plan, another activity.
import type { LiveState } from '../live/live-store';
import type { LiveController } from '../live/live-controller';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { sigSlot } from './keyed-list';
import { controlsSig, roundControls, roundHead, roundTimer } from './round-current';
import { pastRounds, planSection, setPlan } from './round-plan';
import { startForm } from './round-start-form';
import { createTicker } from './ticker';
import { planSettings } from '../activities/types';

export interface RoundsPanel {
  el: HTMLElement;
  update: (s: LiveState, now: number) => void;
  /** Forget what was drawn (language switch): the next update rebuilds everything. */
  reset: () => void;
}

export function roundsPanel(live: LiveController): RoundsPanel {
  const ticker = createTicker();
  const title = h('h2', {});
  const headEl = h('div');
  const timerEl = h('div', { className: 'round-timer' });
  const controlsEl = h('div', { className: 'round-controls' });
  const roundEl = h('div', { className: 'round-current', 'data-testid': 'round-current' }, headEl, timerEl, controlsEl);
  const idleEl = h('div', { className: 'round-idle' });
  const stage = h('div', { className: 'round-stage' });
  const lowerNote = h('p', { className: 'lower-note', hidden: true });
  const planEl = h('div');
  const pastEl = h('div');
  const form = startForm(live);
  const el = h(
    'section',
    { className: 'card rounds-panel', 'data-testid': 'rounds-panel' },
    h('div', { className: 'card-head' }, title),
    stage,
    h('div', { className: 'rounds-lower' }, lowerNote, h('div', { className: 'plan-col' }, planEl, pastEl), form.el),
  );
  const head = sigSlot(headEl);
  const timer = sigSlot(timerEl);
  const controls = sigSlot(controlsEl);
  const idle = sigSlot(idleEl);
  const plan = sigSlot(planEl);
  const past = sigSlot(pastEl);
  const slots = [head, timer, controls, idle, plan, past];

  return {
    el,
    update(s, now) {
      const view = s.view;
      if (!view) return;
      const tt = t().consolePage.rounds;
      ticker.run(now);
      title.textContent = tt.title;
      const round = view.round;
      if (round) {
        if (stage.firstChild !== roundEl) stage.replaceChildren(roundEl);
        roundEl.dataset.activity = round.activity;
        roundEl.dataset.paused = String(round.paused);
        roundEl.classList.toggle('is-paused', round.paused);
        // The server's clock offset moves a little with every view; minute-resolution times ignore it.
        head.update(JSON.stringify([round.number, round.activity, round.paused, round.planIndex, round.startedAt, round.settings]), () => [
          roundHead(round, live, s.offset),
        ]);
        timer.update(JSON.stringify([round.number, round.paused, round.timerSetting, round.timer]), () => roundTimer(round, live, ticker));
        controls.update(controlsSig(view, round), () => [roundControls(view, round, live, ticker)]);
      } else {
        if (stage.firstChild !== idleEl) stage.replaceChildren(idleEl);
        idle.update('idle', () => [
          h('p', { className: 'idle-title', 'data-testid': 'round-none' }, tt.noRound),
          h('p', { className: 'muted' }, tt.noRoundHint),
        ]);
      }
      lowerNote.textContent = tt.endFirst;
      lowerNote.hidden = !round;
      const used = view.roundsDone.map((r) => r.planIndex);
      plan.update(JSON.stringify([view.plan, used, round?.planIndex ?? null, !!round]), () => [planSection(view, live)]);
      past.update(JSON.stringify(view.roundsDone), () => {
        const p = pastRounds(view, s.offset);
        return p ? [p] : [];
      });
      form.update(!!round, (r) => setPlan(live, [...view.plan.map((p) => ({ activity: p.activity, settings: planSettings(p.settings) })), r]), {
        ageBand: view.ageBand,
      });
    },
    reset() {
      for (const slot of slots) slot.reset();
      form.reset();
    },
  };
}
